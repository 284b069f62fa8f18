<?php
/**
 * The plugin's settings: one option, with wp-config.php constants overriding the connection.
 *
 * Hosts keep secrets out of the database by defining SENREPORT_SIDECAR_URL and
 * SENREPORT_SHARED_SECRET in wp-config.php; when defined they win over the option.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_OPTION = 'senreport_bridge_settings';

const SENREPORT_BRIDGE_SCHOOL_TYPES = array( 'mainstream', 'nursery', 'special', 'post16' );

/**
 * The settings a fresh site starts with.
 *
 * @return array<string, mixed>
 */
function senreport_bridge_default_settings() {
	return array(
		'sidecar_url'         => '',
		'shared_secret'       => '',
		'school_type'         => 'mainstream',
		'authority'           => '',
		'local_offer_url'     => '',
		'senco_name'          => '',
		'senco_title'         => 'SENCO',
		'senco_email'         => '',
		'senco_phone'         => '',
		'required_mode'       => false,
		'override_capability' => 'manage_options',
	);
}

/**
 * The stored settings merged over the defaults.
 *
 * @return array<string, mixed>
 */
function senreport_bridge_settings() {
	$stored = get_option( SENREPORT_BRIDGE_OPTION, array() );
	if ( ! is_array( $stored ) ) {
		$stored = array();
	}
	return array_merge( senreport_bridge_default_settings(), $stored );
}

/**
 * One setting.
 *
 * @param string $key Setting name.
 * @return mixed
 */
function senreport_bridge_setting( $key ) {
	$settings = senreport_bridge_settings();
	return $settings[ $key ] ?? null;
}

/**
 * Whether a connection setting is fixed by a wp-config.php constant.
 *
 * @param string $key "sidecar_url" or "shared_secret".
 * @return bool
 */
function senreport_bridge_is_constant( $key ) {
	$constant = senreport_bridge_constant_name( $key );
	return $constant && defined( $constant ) && '' !== (string) constant( $constant );
}

/**
 * The wp-config.php constant behind a connection setting.
 *
 * @param string $key Setting name.
 * @return string
 */
function senreport_bridge_constant_name( $key ) {
	$names = array(
		'sidecar_url'   => 'SENREPORT_SIDECAR_URL',
		'shared_secret' => 'SENREPORT_SHARED_SECRET',
	);
	return $names[ $key ] ?? '';
}

/**
 * The senreport service's base address, without a trailing slash ('' when not set up).
 *
 * @return string
 */
function senreport_bridge_sidecar_url() {
	$url = senreport_bridge_is_constant( 'sidecar_url' )
		? (string) constant( 'SENREPORT_SIDECAR_URL' )
		: (string) senreport_bridge_setting( 'sidecar_url' );
	return untrailingslashit( trim( $url ) );
}

/**
 * The secret shared with the senreport service ('' when not set up).
 *
 * @return string
 */
function senreport_bridge_shared_secret() {
	return senreport_bridge_is_constant( 'shared_secret' )
		? (string) constant( 'SENREPORT_SHARED_SECRET' )
		: (string) senreport_bridge_setting( 'shared_secret' );
}

/**
 * The school's type as the checks need it (items 2 and 4 apply to mainstream and nursery).
 *
 * @return string
 */
function senreport_bridge_school_type() {
	$type = (string) senreport_bridge_setting( 'school_type' );
	return in_array( $type, SENREPORT_BRIDGE_SCHOOL_TYPES, true ) ? $type : 'mainstream';
}

/**
 * Whether publishing is refused while statutory errors remain.
 *
 * @return bool
 */
function senreport_bridge_required_mode() {
	return (bool) senreport_bridge_setting( 'required_mode' );
}

/**
 * The site-wide Local Offer, for blocks that do not name their own.
 *
 * @return array{authority: string, url: string}
 */
function senreport_bridge_default_local_offer() {
	return array(
		'authority' => (string) senreport_bridge_setting( 'authority' ),
		'url'       => (string) senreport_bridge_setting( 'local_offer_url' ),
	);
}

/**
 * The site-wide SENCO, for reports that do not name their own.
 *
 * @return array{name: string, title: string, email: string, phone: string}
 */
function senreport_bridge_default_senco() {
	return array(
		'name'  => (string) senreport_bridge_setting( 'senco_name' ),
		'title' => (string) senreport_bridge_setting( 'senco_title' ),
		'email' => (string) senreport_bridge_setting( 'senco_email' ),
		'phone' => (string) senreport_bridge_setting( 'senco_phone' ),
	);
}
