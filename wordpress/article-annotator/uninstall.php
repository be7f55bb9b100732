<?php
// Removes the plugin's settings when it is deleted from the Plugins screen.
if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
delete_option( 'article_annotator_in_place' );
delete_option( 'article_annotator_kinds' );
