<?php
/**
 * Uninstall: remove the settings and the meta the plugin stored. The pages themselves, and
 * the report blocks in them, belong to the school and stay.
 *
 * @package senreport-bridge
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'senreport_bridge_settings' );
delete_option( 'senreport_bridge_unchecked' );
delete_post_meta_by_key( 'senreport_findings' );
delete_post_meta_by_key( 'senreport_acknowledged' );

// Short-lived notices left for users (connection test results, refused publishing).
global $wpdb;
$senreport_bridge_like = array(
	$wpdb->esc_like( '_transient_senreport_bridge_' ) . '%',
	$wpdb->esc_like( '_transient_timeout_senreport_bridge_' ) . '%',
);
foreach ( $senreport_bridge_like as $senreport_bridge_pattern ) {
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a one-off clean-up on uninstall.
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $senreport_bridge_pattern ) );
}
