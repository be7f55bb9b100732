<?php
/**
 * Plugin Name:       Article Annotator
 * Description:       Highlights the quotes (with speakers), dates, people and places of a post, in the reader's browser: nothing is sent anywhere. Adds the [article_annotator] shortcode, an "Article Annotator" block, and a setting to annotate every single post in place.
 * Version:           {{VERSION}}
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       article-annotator
 *
 * The annotator itself is one self-contained ES module (assets/article-annotator.js,
 * the WebAssembly engine inlined) that defines the <article-annotator> element.
 * This file only decides where the element goes and which reference date it
 * gets: the post's publish date, so "Monday" resolves against the day the post
 * appeared.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ARTICLE_ANNOTATOR_VERSION', '{{VERSION}}' );
define( 'ARTICLE_ANNOTATOR_KINDS', array( 'person', 'place', 'date', 'quote' ) );

/** Post ids whose content must be bracketed so that the element can find it. */
$GLOBALS['article_annotator_targets'] = array();

/** Queues the module (in the footer, once); called only where an annotator is shown. */
function article_annotator_enqueue() {
	wp_enqueue_script(
		'article-annotator',
		plugins_url( 'assets/article-annotator.js', __FILE__ ),
		array(),
		ARTICLE_ANNOTATOR_VERSION,
		true
	);
}

/** WordPress before 6.5 has no script modules: give our tag type="module". */
function article_annotator_module_tag( $tag, $handle, $src ) {
	if ( 'article-annotator' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="article-annotator-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'article_annotator_module_tag', 10, 3 );

/** Keeps the known kinds of a "person, date"-style list; '' means all. */
function article_annotator_sanitize_kinds( $value ) {
	$words = preg_split( '/[\s,]+/', strtolower( (string) $value ), -1, PREG_SPLIT_NO_EMPTY );
	$kinds = array();
	$aliases = array(
		'people'  => 'person',
		'persons' => 'person',
		'places'  => 'place',
		'dates'   => 'date',
		'quotes'  => 'quote',
	);
	foreach ( $words as $word ) {
		$word = $aliases[ $word ] ?? $word;
		if ( in_array( $word, ARTICLE_ANNOTATOR_KINDS, true ) && ! in_array( $word, $kinds, true ) ) {
			$kinds[] = $word;
		}
	}
	return implode( ' ', $kinds );
}

/**
 * The name of the comments that bracket a post's content. Comments, not a
 * wrapper element: a wrapper would change which theme rules match the
 * content (".entry-content > p"), and so the post's layout.
 */
function article_annotator_marker( $post_id ) {
	return 'post-' . (int) $post_id;
}

/**
 * The <article-annotator> element's HTML.
 *
 * @param array        $args { mode: 'in-place'|'editor', kinds, theme, text }.
 * @param WP_Post|null $post The post: its date is the reference date.
 */
function article_annotator_element( $args, $post ) {
	article_annotator_enqueue();
	$attributes = array();
	$kinds      = article_annotator_sanitize_kinds( isset( $args['kinds'] ) && '' !== $args['kinds'] ? $args['kinds'] : get_option( 'article_annotator_kinds', '' ) );
	if ( '' !== $kinds ) {
		$attributes['kinds'] = $kinds;
	}
	if ( $post ) {
		$attributes['reference-date'] = get_the_date( 'Y-m-d', $post );
	}
	if ( ! empty( $args['theme'] ) && in_array( $args['theme'], array( 'light', 'dark', 'auto' ), true ) ) {
		$attributes['theme'] = $args['theme'];
	}
	if ( 'editor' !== ( $args['mode'] ?? 'in-place' ) && $post ) {
		$attributes['between'] = article_annotator_marker( $post->ID );
		$GLOBALS['article_annotator_targets'][ $post->ID ] = true;
	}
	$html = '<article-annotator';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . esc_html( $args['text'] ?? '' ) . '</article-annotator>';
}

/**
 * [article_annotator]                   annotates the post it is in, in place
 * [article_annotator mode="editor"]Text[/article_annotator]   a paste box
 * Attributes: mode, kinds ("person place date quote"), theme (light|dark|auto).
 */
function article_annotator_shortcode( $atts, $content = '' ) {
	$atts = shortcode_atts(
		array(
			'mode'  => 'in-place',
			'kinds' => '',
			'theme' => '',
		),
		$atts,
		'article_annotator'
	);
	$atts['text'] = wp_strip_all_tags( (string) $content );
	return article_annotator_element( $atts, get_post() );
}
add_shortcode( 'article_annotator', 'article_annotator_shortcode' );

/** The block's front end: the same element as the shortcode. */
function article_annotator_render_block( $attributes ) {
	return article_annotator_element(
		array(
			'mode'  => isset( $attributes['mode'] ) ? (string) $attributes['mode'] : 'in-place',
			'kinds' => isset( $attributes['kinds'] ) ? (string) $attributes['kinds'] : '',
			'theme' => isset( $attributes['theme'] ) ? (string) $attributes['theme'] : '',
			'text'  => '',
		),
		get_post()
	);
}

function article_annotator_register_block() {
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'article_annotator_render_block' ) );
}
add_action( 'init', 'article_annotator_register_block' );

/**
 * Brackets the post's content with comments so the element can find it, and with the
 * "annotate single posts in place" setting, puts the element before it.
 * Runs after blocks and shortcodes (priority 20), which mark the posts to wrap.
 */
function article_annotator_content( $content ) {
	$post = get_post();
	if ( ! $post || ! is_main_query() ) {
		return $content;
	}
	$prefix = '';
	if ( get_option( 'article_annotator_in_place' ) && is_singular( 'post' )
		&& empty( $GLOBALS['article_annotator_targets'][ $post->ID ] ) ) {
		$prefix = article_annotator_element( array( 'mode' => 'in-place' ), $post );
	}
	if ( empty( $GLOBALS['article_annotator_targets'][ $post->ID ] ) ) {
		return $content;
	}
	$marker = article_annotator_marker( $post->ID );
	return $prefix . "<!-- article-annotator:$marker -->" . $content . "<!-- /article-annotator:$marker -->";
}
add_filter( 'the_content', 'article_annotator_content', 20 );

/* ---- Settings → Article Annotator ------------------------------------ */

function article_annotator_register_settings() {
	register_setting(
		'article_annotator',
		'article_annotator_in_place',
		array(
			'type'              => 'boolean',
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
		)
	);
	register_setting(
		'article_annotator',
		'article_annotator_kinds',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'article_annotator_sanitize_kinds',
		)
	);
	add_settings_section( 'article_annotator_main', '', '__return_false', 'article_annotator' );
	add_settings_field(
		'article_annotator_in_place',
		__( 'Single posts', 'article-annotator' ),
		function () {
			printf(
				'<label><input type="checkbox" name="article_annotator_in_place" value="1" %s> %s</label>',
				checked( (bool) get_option( 'article_annotator_in_place' ), true, false ),
				esc_html__( 'Annotate every single post in place (readers can switch the highlights off)', 'article-annotator' )
			);
		},
		'article_annotator',
		'article_annotator_main'
	);
	add_settings_field(
		'article_annotator_kinds',
		__( 'Kinds', 'article-annotator' ),
		function () {
			printf(
				'<input type="text" class="regular-text" name="article_annotator_kinds" value="%s" placeholder="person place date quote"><p class="description">%s</p>',
				esc_attr( get_option( 'article_annotator_kinds', '' ) ),
				esc_html__( 'Which kinds to highlight; empty for all.', 'article-annotator' )
			);
		},
		'article_annotator',
		'article_annotator_main'
	);
}
add_action( 'admin_init', 'article_annotator_register_settings' );

function article_annotator_settings_page() {
	add_options_page(
		__( 'Article Annotator', 'article-annotator' ),
		__( 'Article Annotator', 'article-annotator' ),
		'manage_options',
		'article-annotator',
		function () {
			echo '<div class="wrap"><h1>' . esc_html__( 'Article Annotator', 'article-annotator' ) . '</h1><form method="post" action="options.php">';
			settings_fields( 'article_annotator' );
			do_settings_sections( 'article_annotator' );
			submit_button();
			echo '</form><p>' . esc_html__( 'In a post: the [article_annotator] shortcode or the "Article Annotator" block.', 'article-annotator' ) . '</p></div>';
		}
	);
}
add_action( 'admin_menu', 'article_annotator_settings_page' );
