<?php
// Install a WordPress site from the command line, without wp-cli:
//   php install.php CONFIG.json
// CONFIG.json: {"docroot", "url", "title", "admin_user", "admin_password", "admin_email",
//               "theme", "plugins": ["slug", ...], "app_password_name"}
// Prints one JSON object on stdout: {"ok": true, "version", "user_id", "app_password", ...}
// or {"ok": false, "error"} with exit status 1.
//
// wp-settings.php unsets globals such as $theme and $plugin, so this script keeps its own
// state under unusual names ($senreport_*).
if (PHP_SAPI !== 'cli') {
    http_response_code(403);
    exit;
}
function senreport_fail($message) {
    fwrite(STDOUT, json_encode(['ok' => false, 'error' => $message]) . "\n");
    exit(1);
}
$senreport_cfg = json_decode((string) @file_get_contents($argv[1] ?? ''), true);
if (!is_array($senreport_cfg)) {
    senreport_fail('usage: php install.php CONFIG.json (unreadable or invalid JSON)');
}
$senreport_parts = parse_url($senreport_cfg['url']);
$_SERVER['HTTP_HOST'] = $senreport_parts['host'] . (isset($senreport_parts['port']) ? ':' . $senreport_parts['port'] : '');
$_SERVER['SERVER_NAME'] = $senreport_parts['host'];
$_SERVER['SERVER_PORT'] = $senreport_parts['port'] ?? 80;
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
$_SERVER['SCRIPT_NAME'] = '/wp-admin/install.php';
$_SERVER['PHP_SELF'] = '/wp-admin/install.php';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['HTTPS'] = 'off';

define('WP_INSTALLING', true);
// The new-site e-mail: there is no mail transport here.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}

// WordPress sends its "database error" page as HTML to stdout and exits; keep stdout clean.
ob_start();
require $senreport_cfg['docroot'] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/theme.php';
$senreport_noise = ob_get_clean();

if (is_blog_installed()) {
    senreport_fail('WordPress is already installed in this database');
}
ob_start();
$senreport_result = wp_install(
    $senreport_cfg['title'],
    $senreport_cfg['admin_user'],
    $senreport_cfg['admin_email'],
    true,
    '',
    wp_slash($senreport_cfg['admin_password'])
);
$senreport_noise .= ob_get_clean();
if (is_wp_error($senreport_result) || empty($senreport_result['user_id'])) {
    senreport_fail('wp_install failed: ' . (is_wp_error($senreport_result) ? $senreport_result->get_error_message() : $senreport_noise));
}
$senreport_user_id = (int) $senreport_result['user_id'];

update_option('siteurl', $senreport_cfg['url']);
update_option('home', $senreport_cfg['url']);
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Europe/London');
update_option('users_can_register', '0');
update_option('default_comment_status', 'closed');
global $wp_rewrite;
$wp_rewrite->init();
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);

// Theme.
$senreport_theme = $senreport_cfg['theme'] ?? '';
if ($senreport_theme !== '') {
    $senreport_t = wp_get_theme($senreport_theme);
    if (!$senreport_t->exists()) {
        $senreport_have = array_keys(wp_get_themes());
        senreport_fail("theme '$senreport_theme' is not in wp-content/themes (have: " . implode(', ', $senreport_have) . ')');
    }
    if ($senreport_t->errors()) {
        senreport_fail("theme '$senreport_theme' is broken: " . $senreport_t->errors()->get_error_message());
    }
    switch_theme($senreport_t->get_stylesheet());
}

// Plugins, by directory name (the main file is found from its plugin header).
$senreport_activated = [];
wp_cache_delete('plugins', 'plugins');
$senreport_all = get_plugins();
foreach (($senreport_cfg['plugins'] ?? []) as $senreport_slug) {
    $senreport_file = null;
    foreach (array_keys($senreport_all) as $senreport_candidate) {
        if (strpos($senreport_candidate, $senreport_slug . '/') === 0 || $senreport_candidate === $senreport_slug . '.php') {
            if ($senreport_file === null || $senreport_candidate === "$senreport_slug/$senreport_slug.php") {
                $senreport_file = $senreport_candidate;
            }
        }
    }
    if ($senreport_file === null) {
        senreport_fail("plugin '$senreport_slug' has no PHP file with a 'Plugin Name:' header in wp-content/plugins/$senreport_slug");
    }
    ob_start();
    $senreport_err = activate_plugin($senreport_file, '', false, false);
    $senreport_out = ob_get_clean();
    if (is_wp_error($senreport_err)) {
        senreport_fail("activating plugin '$senreport_file' failed: " . $senreport_err->get_error_message() . ($senreport_out !== '' ? " / output: $senreport_out" : ''));
    }
    $senreport_activated[] = $senreport_file;
}

// An application password for the admin user (REST Basic auth).
$senreport_app = WP_Application_Passwords::create_new_application_password(
    $senreport_user_id,
    ['name' => $senreport_cfg['app_password_name'] ?? 'senreport']
);
if (is_wp_error($senreport_app)) {
    senreport_fail('creating the application password failed: ' . $senreport_app->get_error_message());
}

fwrite(STDOUT, json_encode([
    'ok' => true,
    'version' => get_bloginfo('version'),
    'user_id' => $senreport_user_id,
    'app_password' => $senreport_app[0],
    'theme' => get_stylesheet(),
    'plugins' => $senreport_activated,
    'application_passwords_available' => wp_is_application_passwords_available(),
]) . "\n");
