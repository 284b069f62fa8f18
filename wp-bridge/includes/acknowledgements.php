<?php
/**
 * Who may acknowledge a statutory error, and with what reason.
 *
 * An acknowledgement waves a finding through required mode, so for a statutory error (an
 * "SR" finding of severity "error": a missing Schedule 1 item, a missing SENCO contact) it
 * needs
 * - the override capability: "Who may acknowledge statutory problems" in Settings > senreport
 *   (administrators by default, `manage_options`), which the filter
 *   `senreport_bridge_override_capability` can change further;
 * - a reason of a sentence: at least SENREPORT_BRIDGE_MIN_REASON characters and four words,
 *   not a brush-off such as "ok" or "n/a".
 * Other findings (accessibility, plain language) anyone who edits the page may acknowledge.
 *
 * An editor without the capability can still withdraw an acknowledgement, and keeps those
 * already stored; new acknowledgements of statutory errors they send are dropped, both when
 * required mode decides about the save and when the meta is written.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_MIN_REASON = 20;

/**
 * The capabilities an administrator may choose from on the settings page, with who has them.
 *
 * @return array<string, string>
 */
function senreport_bridge_override_choices() {
	return array(
		'manage_options'    => __( 'Administrators only', 'senreport-bridge' ),
		'edit_others_pages' => __( 'Editors and administrators', 'senreport-bridge' ),
	);
}

/**
 * The capability that lets a user acknowledge a statutory error: the setting (default
 * "manage_options"), then the filter.
 *
 * @return string
 */
function senreport_bridge_override_capability() {
	$chosen = (string) senreport_bridge_setting( 'override_capability' );
	$chosen = isset( senreport_bridge_override_choices()[ $chosen ] ) ? $chosen : 'manage_options';
	/**
	 * Filters the capability needed to acknowledge a statutory error (e.g. a role of the
	 * school's own).
	 *
	 * @param string $capability The one chosen in Settings > senreport.
	 */
	return (string) apply_filters( 'senreport_bridge_override_capability', $chosen );
}

/**
 * Whether the current user may acknowledge statutory errors.
 *
 * @return bool
 */
function senreport_bridge_can_override() {
	return current_user_can( senreport_bridge_override_capability() );
}

/**
 * Whether a reason is one a governor or inspector could read: a sentence, not "ok".
 *
 * @param string $reason The reason given.
 * @return bool
 */
function senreport_bridge_is_real_reason( $reason ) {
	$reason = trim( preg_replace( '/\s+/u', ' ', (string) $reason ) );
	if ( mb_strlen( $reason ) < SENREPORT_BRIDGE_MIN_REASON ) {
		return false;
	}
	$words = preg_split( '/[^\p{L}\p{N}\']+/u', $reason, -1, PREG_SPLIT_NO_EMPTY );
	if ( count( $words ) < 4 || count( array_unique( array_map( 'mb_strtolower', $words ) ) ) < 3 ) {
		return false;
	}
	return ! preg_match( '/^(ok|okay|fine|n\/?a|none|test|yes|no|done|ignore|x+|\.+)[\s.!]*$/i', $reason );
}

/**
 * The fingerprints of the statutory errors in a check result.
 *
 * @param array|null $record A check result.
 * @return array<string, true>
 */
function senreport_bridge_statutory_fingerprints( $record ) {
	$found = array();
	if ( ! senreport_bridge_is_check_result( $record ) ) {
		return $found;
	}
	foreach ( $record['findings'] as $finding ) {
		if ( is_array( $finding ) && 'error' === ( $finding['severity'] ?? '' ) && 0 === strpos( (string) ( $finding['code'] ?? '' ), 'SR' ) && ! empty( $finding['fingerprint'] ) ) {
			$found[ (string) $finding['fingerprint'] ] = true;
		}
	}
	return $found;
}

/**
 * The acknowledgements a user may send for a page: for one without the override capability,
 * new or changed acknowledgements of statutory errors (known from the page's last check, or
 * from a check result given) are dropped.
 *
 * @param int        $post_id Page id.
 * @param array      $wanted  Fingerprint => reason, as sent.
 * @param array|null $check   A check result of the content, when there is one.
 * @return array Fingerprint => reason.
 */
function senreport_bridge_allowed_acknowledgements( $post_id, $wanted, $check = null ) {
	if ( senreport_bridge_can_override() ) {
		return $wanted;
	}
	$statutory = senreport_bridge_statutory_fingerprints( $post_id ? senreport_bridge_stored_findings( $post_id ) : null )
		+ senreport_bridge_statutory_fingerprints( $check );
	$stored    = $post_id ? senreport_bridge_acknowledgements( $post_id ) : array();
	$allowed   = array();
	foreach ( $wanted as $fingerprint => $reason ) {
		if ( isset( $statutory[ $fingerprint ] ) && ( $stored[ $fingerprint ] ?? null ) !== $reason ) {
			continue;
		}
		$allowed[ $fingerprint ] = $reason;
	}
	return $allowed;
}

/**
 * Writing the acknowledgements meta: apply the rule above to what is written.
 *
 * @param null|bool $check      Whether to short-circuit the update.
 * @param int       $object_id  Post id.
 * @param string    $meta_key   Meta key.
 * @param mixed     $meta_value The value.
 * @return null|bool
 */
function senreport_bridge_guard_acknowledgements( $check, $object_id, $meta_key, $meta_value ) {
	static $writing = false;
	if ( SENREPORT_BRIDGE_META_ACKNOWLEDGED !== $meta_key || $writing || null !== $check || senreport_bridge_can_override() || ! is_user_logged_in() ) {
		return $check;
	}
	$wanted  = json_decode( (string) $meta_value, true );
	$wanted  = is_array( $wanted ) ? $wanted : array();
	$allowed = senreport_bridge_allowed_acknowledgements( (int) $object_id, $wanted );
	if ( $allowed === $wanted ) {
		return $check;
	}
	$writing = true;
	$value   = $allowed ? (string) wp_json_encode( $allowed, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) : '';
	update_post_meta( (int) $object_id, SENREPORT_BRIDGE_META_ACKNOWLEDGED, wp_slash( $value ) );
	$writing = false;
	return true;
}
add_filter( 'update_post_metadata', 'senreport_bridge_guard_acknowledgements', 10, 4 );
