<?php
/**
 * Calling the senreport service (the sidecar): signing, sending, reading the answer.
 *
 * Every request carries `X-SENReport-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>">` made with the shared secret. Calls are short (3 s) and never throw: a
 * failure comes back as a result the caller can store, so a save never waits on, or fails
 * because of, the service.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_TIMEOUT = 3;

/**
 * The signature header's value for a body.
 *
 * @param string   $body   The raw request body, exactly as sent.
 * @param string   $secret The shared secret.
 * @param int|null $time   Unix seconds (now when null).
 * @return string
 */
function senreport_bridge_signature( $body, $secret, $time = null ) {
	$time = null === $time ? time() : (int) $time;
	return 't=' . $time . ',v1=' . hash_hmac( 'sha256', $time . '.' . $body, $secret );
}

/**
 * Call the service and read its JSON answer.
 *
 * Uses wp_remote_request() rather than the wp_safe_remote_*() family: the service usually
 * listens on a non-standard port of the same host, which the "safe" functions refuse. The
 * address comes from an administrator (settings page or wp-config.php), never from a visitor.
 *
 * @param string     $method "GET" or "POST".
 * @param string     $path   Path under the service's address, e.g. "/healthz".
 * @param array|null $data   JSON body for POST.
 * @param int        $timeout Seconds.
 * @param bool       $unsigned_ok Call even without a shared secret (the settings page's
 *                                connection test: the address can be tested on its own).
 * @return array{ok: bool, status: int, data: array|null, error: string, detail: string}
 */
function senreport_bridge_sidecar_request( $method, $path, $data = null, $timeout = SENREPORT_BRIDGE_TIMEOUT, $unsigned_ok = false ) {
	$base   = senreport_bridge_sidecar_url();
	$secret = senreport_bridge_shared_secret();
	$result = array(
		'ok'     => false,
		'status' => 0,
		'data'   => null,
		'error'  => '',
		'detail' => '',
	);
	if ( '' === $base || ( '' === $secret && ! $unsigned_ok ) || ! preg_match( '#^https?://[^/]#i', $base ) ) {
		$result['error'] = 'not_configured';
		return $result;
	}
	$body = null === $data ? '' : (string) wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	$args = array(
		'method'      => $method,
		'timeout'     => $timeout,
		'redirection' => 0,
		'headers'     => array(
			'Accept'     => 'application/json',
			'User-Agent' => 'senreport-bridge/' . SENREPORT_BRIDGE_VERSION . '; ' . home_url(),
		),
	);
	if ( '' !== $secret ) {
		$args['headers']['X-SENReport-Signature'] = senreport_bridge_signature( $body, $secret );
	}
	if ( null !== $data ) {
		$args['headers']['Content-Type'] = 'application/json';
		$args['body']                    = $body;
	}
	$response = wp_remote_request( $base . $path, $args );
	if ( is_wp_error( $response ) ) {
		$result['error']  = 'unreachable';
		$result['detail'] = $response->get_error_message();
		return $result;
	}
	$result['status'] = (int) wp_remote_retrieve_response_code( $response );
	$decoded          = json_decode( (string) wp_remote_retrieve_body( $response ), true );
	$result['data']   = is_array( $decoded ) ? $decoded : null;
	if ( 401 === $result['status'] || 403 === $result['status'] ) {
		$result['error'] = 'refused';
	} elseif ( 503 === $result['status'] && in_array( $result['data']['error']['code'] ?? '', array( 'busy', 'too_slow' ), true ) ) {
		// Too many long pages at once, or this page took longer than the service allows.
		$result['error'] = 'busy';
	} elseif ( $result['status'] < 200 || $result['status'] >= 300 ) {
		$result['error'] = 'http_error';
	} elseif ( null === $result['data'] ) {
		$result['error'] = 'invalid_response';
	} else {
		$result['ok'] = true;
	}
	if ( ! $result['ok'] && is_array( $result['data'] ) && isset( $result['data']['error']['message'] ) ) {
		$result['detail'] = (string) $result['data']['error']['message'];
	}
	return $result;
}

/**
 * Whether an answer has the shape of a check result ({"coverage", "findings", ...}).
 *
 * @param mixed $data Decoded JSON.
 * @return bool
 */
function senreport_bridge_is_check_result( $data ) {
	return is_array( $data ) && isset( $data['findings'] ) && is_array( $data['findings'] );
}

/**
 * One plain sentence saying why the checks could not run.
 *
 * @param string $reason An "unavailable" record's reason.
 * @return string
 */
function senreport_bridge_unavailable_message( $reason ) {
	switch ( $reason ) {
		case 'not_configured':
			return __( 'Checks are unavailable: the senreport service is not set up (Settings > senreport).', 'senreport-bridge' );
		case 'refused':
			return __( 'Checks are unavailable: the senreport service refused the request (check the shared secret in Settings > senreport).', 'senreport-bridge' );
		case 'busy':
			return __( 'Checks are unavailable: the senreport service was too busy to check this page.', 'senreport-bridge' );
		default:
			return __( 'Checks are unavailable: the senreport service did not answer.', 'senreport-bridge' );
	}
}

/**
 * The record stored in place of findings when the checks could not run.
 *
 * @param array $result A senreport_bridge_sidecar_request() result.
 * @param bool  $saved  Whether this is about a save (the message then says it went ahead).
 * @return array
 */
function senreport_bridge_unavailable_record( $result, $saved = true ) {
	$error   = $result['ok'] ? 'invalid_response' : ( '' === $result['error'] ? 'invalid_response' : $result['error'] );
	$message = senreport_bridge_unavailable_message( $error );
	if ( $saved ) {
		$message .= ' ' . __( 'Your changes were saved.', 'senreport-bridge' );
	}
	return array(
		'unavailable' => true,
		'message'     => $message,
		'reason'      => $error,
		'status'      => (int) $result['status'],
		'checked_at'  => gmdate( 'c' ),
	);
}

/**
 * Findings that stop publishing in required mode: statutory (SR) errors nobody acknowledged
 * with a real reason.
 *
 * @param array $check           A check result.
 * @param array $acknowledgements Fingerprint => reason.
 * @return array[]
 */
function senreport_bridge_blocking_findings( $check, $acknowledgements = array() ) {
	if ( ! senreport_bridge_is_check_result( $check ) ) {
		return array();
	}
	$blocking = array();
	foreach ( $check['findings'] as $finding ) {
		if ( ! is_array( $finding ) ) {
			continue;
		}
		$code        = (string) ( $finding['code'] ?? '' );
		$fingerprint = (string) ( $finding['fingerprint'] ?? '' );
		if ( 'error' !== ( $finding['severity'] ?? '' ) || 0 !== strpos( $code, 'SR' ) ) {
			continue;
		}
		// Acknowledged with a real reason (a sentence, not "ok"): see acknowledgements.php.
		$reason = '' !== $fingerprint && isset( $acknowledgements[ $fingerprint ] )
			? (string) $acknowledgements[ $fingerprint ]
			: (string) ( $finding['acknowledged']['reason'] ?? '' );
		if ( senreport_bridge_is_real_reason( $reason ) ) {
			continue;
		}
		$blocking[] = $finding;
	}
	return $blocking;
}

/**
 * Mark the findings an editor acknowledged, when the service has not done so itself.
 *
 * @param array $check            A check result.
 * @param array $acknowledgements Fingerprint => reason.
 * @return array
 */
function senreport_bridge_mark_acknowledged( $check, $acknowledgements ) {
	if ( ! senreport_bridge_is_check_result( $check ) || ! $acknowledgements ) {
		return $check;
	}
	foreach ( $check['findings'] as $index => $finding ) {
		$fingerprint = is_array( $finding ) ? (string) ( $finding['fingerprint'] ?? '' ) : '';
		if ( '' !== $fingerprint && isset( $acknowledgements[ $fingerprint ] ) && empty( $finding['acknowledged'] ) ) {
			$check['findings'][ $index ]['acknowledged'] = array( 'reason' => (string) $acknowledgements[ $fingerprint ] );
		}
	}
	return $check;
}
