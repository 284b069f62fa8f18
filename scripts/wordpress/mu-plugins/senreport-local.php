<?php
/**
 * Plugin Name: senreport local test site
 * Description: Installed by scripts/wordpress into throwaway local sites only. There is no mail
 *              transport here: e-mails are appended as JSON lines to SENREPORT_MAIL_LOG instead.
 */
add_filter('pre_wp_mail', function ($short_circuit, $atts) {
    if (defined('SENREPORT_MAIL_LOG')) {
        @file_put_contents(SENREPORT_MAIL_LOG, wp_json_encode($atts) . "\n", FILE_APPEND | LOCK_EX);
    }
    return true;
}, 10, 2);
