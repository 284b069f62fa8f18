<?php
/**
 * Post meta: the last check result, the editors' acknowledgements, the kind of document.
 *
 * Both JSON values are stored as strings: the REST API hands them to the editor as they are,
 * and no schema has to follow every extra field the service may add to a finding.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_META_FINDINGS     = 'senreport_findings';
const SENREPORT_BRIDGE_META_ACKNOWLEDGED = 'senreport_acknowledged';
const SENREPORT_BRIDGE_META_KIND         = 'senreport_kind';

/**
 * Register the meta keys on pages, visible and editable in the REST API's `meta`.
 */
function senreport_bridge_register_meta() {
	$auth = static function ( $allowed, $meta_key, $post_id ) {
		return current_user_can( 'edit_post', $post_id );
	};
	register_post_meta(
		'page',
		SENREPORT_BRIDGE_META_FINDINGS,
		array(
			'type'              => 'string',
			'description'       => __( 'The senreport check result of the last save (JSON).', 'senreport-bridge' ),
			'single'            => true,
			'default'           => '',
			'show_in_rest'      => true,
			'sanitize_callback' => 'senreport_bridge_sanitize_json_object',
			'auth_callback'     => $auth,
		)
	);
	register_post_meta(
		'page',
		SENREPORT_BRIDGE_META_ACKNOWLEDGED,
		array(
			'type'              => 'string',
			'description'       => __( 'Findings an editor acknowledged: JSON object of fingerprint to reason.', 'senreport-bridge' ),
			'single'            => true,
			'default'           => '',
			'show_in_rest'      => true,
			'sanitize_callback' => 'senreport_bridge_sanitize_acknowledgements',
			'auth_callback'     => $auth,
		)
	);
	register_post_meta(
		'page',
		SENREPORT_BRIDGE_META_KIND,
		array(
			'type'              => 'string',
			'description'       => __( 'The kind of SEND document the page holds (sen-report, send-policy, local-offer, governors-report).', 'senreport-bridge' ),
			'single'            => true,
			'default'           => '',
			'show_in_rest'      => true,
			'sanitize_callback' => 'senreport_bridge_sanitize_kind',
			'auth_callback'     => $auth,
		)
	);
}
add_action( 'init', 'senreport_bridge_register_meta' );

/**
 * Keep a JSON object as compact JSON; anything else becomes ''.
 *
 * @param mixed $value Submitted value (already unslashed).
 * @return string
 */
function senreport_bridge_sanitize_json_object( $value ) {
	$decoded = is_string( $value ) ? json_decode( $value, true ) : null;
	// A JSON array is not a check result; array_is_list() is PHP 8.1, so compare the keys.
	if ( ! is_array( $decoded ) || ( array() !== $decoded && array_keys( $decoded ) === range( 0, count( $decoded ) - 1 ) ) ) {
		return '';
	}
	return (string) wp_json_encode( (object) $decoded, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
}

/**
 * Acknowledgements as a JSON object of fingerprint (hex) to a short plain-text reason.
 *
 * @param mixed $value Submitted value (already unslashed).
 * @return string
 */
function senreport_bridge_sanitize_acknowledgements( $value ) {
	$decoded = is_string( $value ) ? json_decode( $value, true ) : null;
	$clean   = array();
	if ( is_array( $decoded ) ) {
		foreach ( $decoded as $fingerprint => $reason ) {
			if ( ! is_string( $fingerprint ) || ! preg_match( '/^[A-Za-z0-9_-]{4,128}$/', $fingerprint ) || ! is_scalar( $reason ) ) {
				continue;
			}
			$reason = sanitize_text_field( (string) $reason );
			if ( '' !== $reason ) {
				$clean[ $fingerprint ] = mb_substr( $reason, 0, 500 );
			}
		}
	}
	return $clean ? (string) wp_json_encode( $clean, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) : '';
}

/**
 * One of the four kinds of document, or ''.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function senreport_bridge_sanitize_kind( $value ) {
	$kinds = array( 'sen-report', 'send-policy', 'local-offer', 'governors-report' );
	return in_array( $value, $kinds, true ) ? $value : '';
}

/**
 * The acknowledgements stored on a page.
 *
 * @param int $post_id Page id.
 * @return array<string, string> Fingerprint => reason.
 */
function senreport_bridge_acknowledgements( $post_id ) {
	$decoded = json_decode( (string) get_post_meta( $post_id, SENREPORT_BRIDGE_META_ACKNOWLEDGED, true ), true );
	return is_array( $decoded ) ? $decoded : array();
}

/**
 * The last stored check result of a page (null when there is none).
 *
 * @param int $post_id Page id.
 * @return array|null
 */
function senreport_bridge_stored_findings( $post_id ) {
	$decoded = json_decode( (string) get_post_meta( $post_id, SENREPORT_BRIDGE_META_FINDINGS, true ), true );
	return is_array( $decoded ) ? $decoded : null;
}

/**
 * Store a check result (or an "unavailable" record) on a page.
 *
 * @param int   $post_id Page id.
 * @param array $record  The JSON to store.
 */
function senreport_bridge_store_findings( $post_id, $record ) {
	$json = wp_json_encode( (object) $record, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	// update_post_meta() unslashes its value: slash it first or every "\" in the JSON is lost.
	update_post_meta( $post_id, SENREPORT_BRIDGE_META_FINDINGS, wp_slash( (string) $json ) );
}
