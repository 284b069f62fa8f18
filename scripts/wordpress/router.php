<?php
// Router for PHP's built-in web server serving a WordPress site:
//   php -S 127.0.0.1:PORT -t DOCROOT router.php
// An existing file or directory is served by the built-in server itself (PHP files executed,
// directories through their index.php); every other path goes to WordPress's front controller.
// Without a router the built-in server answers 404 for a missing path whose last segment has a
// dot, instead of letting WordPress route it (pretty permalinks, /wp-json/..., sitemaps).
$senreport_path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$senreport_file = rtrim($_SERVER['DOCUMENT_ROOT'], '/') . $senreport_path;
if ($senreport_path !== '/' && strpos($senreport_path, '..') === false && file_exists($senreport_file)) {
    if (is_file($senreport_file) || is_file(rtrim($senreport_file, '/') . '/index.php')) {
        return false;
    }
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
