<?php
// The plugin's uninstall, as WordPress runs it when the plugin is deleted from
// the Plugins screen: deactivate, then uninstall_plugin() (which runs the
// plugin's uninstall.php). Afterwards both of its options must be gone, and
// nothing else. Run by run.sh after check.mjs:
//   WP_PORT=… php uninstall.php
// Prints what it found; exits 1 if an option survived or another was lost.
$port = getenv( 'WP_PORT' ) ?: '8765';
$_SERVER['HTTP_HOST']   = '127.0.0.1:' . $port;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$plugin  = 'article-annotator/article-annotator.php';
$options = array( 'article_annotator_in_place', 'article_annotator_kinds' );
// Both options set, as a site that used the plugin has them.
update_option( 'article_annotator_in_place', true );
update_option( 'article_annotator_kinds', 'person quote' );
$before = array();
foreach ( $options as $name ) {
	$before[ $name ] = get_option( $name, null );
}
$blogname = get_option( 'blogname' );

deactivate_plugins( $plugin );
if ( ! uninstall_plugin( $plugin ) ) {
	fwrite( STDERR, "uninstall.php: uninstall_plugin found no uninstall routine\n" );
	exit( 1 );
}
wp_cache_flush();
$after = array();
foreach ( $options as $name ) {
	$after[ $name ] = get_option( $name, null );
}
echo wp_json_encode( array( 'before' => $before, 'after' => $after ) ), "\n";

$failed = false;
foreach ( $options as $name ) {
	if ( null === $before[ $name ] ) {
		fwrite( STDERR, "uninstall.php: $name was not set before the uninstall\n" );
		$failed = true;
	}
	if ( null !== $after[ $name ] ) {
		fwrite( STDERR, "uninstall.php: $name is still there after the uninstall\n" );
		$failed = true;
	}
}
if ( get_option( 'blogname' ) !== $blogname ) {
	fwrite( STDERR, "uninstall.php: the uninstall removed another option (blogname)\n" );
	$failed = true;
}
if ( is_plugin_active( $plugin ) ) {
	fwrite( STDERR, "uninstall.php: the plugin is still active\n" );
	$failed = true;
}
exit( $failed ? 1 : 0 );
