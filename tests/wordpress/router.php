<?php
// Router for PHP's built-in server: serves /wp-content/ from Debian's
// /var/lib/wordpress/wp-content (what the package's Apache alias does) and
// leaves everything else to WordPress under /usr/share/wordpress.
$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( strpos( $path, '/wp-content/' ) === 0 ) {
	$file  = realpath( '/var/lib/wordpress' . $path );
	$types = array(
		'js'   => 'text/javascript',
		'css'  => 'text/css',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
		'woff2' => 'font/woff2',
		'json' => 'application/json',
	);
	$inside = $file && ( strpos( $file, '/var/lib/wordpress/' ) === 0 || strpos( $file, '/usr/share/wordpress/' ) === 0 );
	if ( $inside && is_file( $file ) && substr( $file, -4 ) !== '.php' ) {
		$extension = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( $types[ $extension ] ?? 'application/octet-stream' ) );
		readfile( $file );
		return true;
	}
	http_response_code( 404 );
	return true;
}
// Like WordPress's rewrite rules: a path that is no file goes to index.php
// (/favicon.ico, pretty permalinks).
if ( '/' !== $path && ! file_exists( '/usr/share/wordpress' . $path ) ) {
	$_SERVER['SCRIPT_NAME']     = '/index.php';
	$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
	require '/usr/share/wordpress/index.php';
	return true;
}
return false;
