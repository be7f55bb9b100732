<?php
// Dependencies of editor.js (plain JavaScript: no build step).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
	'version'      => '1',
);
