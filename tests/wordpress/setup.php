<?php
// Installs WordPress (if needed), activates the plugin, turns on "annotate
// single posts in place", and creates the test posts from the sample article:
//   1. a plain post (annotated in place by the setting)
//   2. a post with the [article_annotator] shortcode
//   3. a post with the Article Annotator block
//   4. a post with [article_annotator kinds="People, dates" theme="dark"]
//   5. a post with an editor-mode shortcode around its own text
// Run with the php CLI: WP_PORT=… php setup.php ARTICLE_FILE
// Prints the posts' ids and dates as JSON.
$port = getenv( 'WP_PORT' ) ?: '8765';
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . $port;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function fail( $message ) {
	fwrite( STDERR, "setup.php: $message\n" );
	exit( 1 );
}

if ( ! is_blog_installed() ) {
	$installed = wp_install( 'Annotator test', 'admin', 'admin@example.invalid', false, '', wp_generate_password( 20 ) );
	if ( empty( $installed['user_id'] ) ) {
		fail( 'wp_install failed' );
	}
}
// A known password for the admin checks (a throwaway site on 127.0.0.1).
wp_set_password( 'annotator-test-admin', 1 );
update_option( 'siteurl', 'http://127.0.0.1:' . $port );
update_option( 'home', 'http://127.0.0.1:' . $port );
update_option( 'permalink_structure', '' );
switch_theme( 'twentytwentyone' );

$activated = activate_plugin( 'article-annotator/article-annotator.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'activate_plugin: ' . $activated->get_error_message() );
}
update_option( 'article_annotator_in_place', true );
delete_option( 'article_annotator_kinds' );

kses_remove_filters();
$article = file_get_contents( $argv[1] ?? '' );
if ( ! $article ) {
	fail( 'no article text' );
}
$paragraphs = array_slice( array_values( array_filter( array_map( 'trim', preg_split( '/\n\s*\n/', $article ) ) ) ), 1, 13 );
$title      = trim( strtok( $article, "\n" ) );
$blocks     = '';
foreach ( $paragraphs as $i => $paragraph ) {
	$html = esc_html( $paragraph );
	if ( 1 === $i ) {
		// A link across a name: highlighting must keep it working.
		$html = preg_replace( '/Wang Wenbin/', '<a href="#spokesman">Wang Wenbin</a>', $html, 1 );
	}
	$blocks .= "<!-- wp:paragraph -->\n<p>$html</p>\n<!-- /wp:paragraph -->\n\n";
}

$posts = array(
	'setting'   => $blocks,
	'shortcode' => "<!-- wp:shortcode -->\n[article_annotator]\n<!-- /wp:shortcode -->\n\n" . $blocks,
	'block'     => "<!-- wp:article-annotator/annotator /-->\n\n" . $blocks,
	// The shortcode's attributes: kinds (aliases, commas) and theme, in place.
	'attrs'     => "<!-- wp:shortcode -->\n[article_annotator kinds=\"People, dates\" theme=\"dark\"]\n<!-- /wp:shortcode -->\n\n" . $blocks,
	// A paste box with its own text: an unknown kind is dropped, a known one kept.
	'editor'    => "<!-- wp:shortcode -->\n[article_annotator mode=\"editor\" theme=\"light\" kinds=\"frobnicate quote\"]Wang Wenbin said on Monday: “We are fine.”[/article_annotator]\n<!-- /wp:shortcode -->\n\n" . $blocks,
);
$dates = array(
	'setting'   => '2021-07-06 09:30:00',
	'shortcode' => '2021-07-07 10:00:00',
	'block'     => '2022-03-01 11:00:00',
	'attrs'     => '2021-07-08 08:00:00',
	'editor'    => '2021-07-09 08:00:00',
);
$out = array();
foreach ( $posts as $key => $content ) {
	$existing = get_posts(
		array(
			'title'       => "$title ($key)",
			'post_type'   => 'post',
			'post_status' => 'any',
			'numberposts' => -1,
		)
	);
	foreach ( $existing as $old ) {
		wp_delete_post( $old->ID, true );
	}
	$id = wp_insert_post(
		array(
			'post_title'   => "$title ($key)",
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_date'    => $dates[ $key ],
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fail( 'wp_insert_post: ' . $id->get_error_message() );
	}
	$out[ $key ] = array(
		'id'   => $id,
		'date' => substr( $dates[ $key ], 0, 10 ),
	);
}
echo wp_json_encode( $out ), "\n";
