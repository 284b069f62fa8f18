<?php
/**
 * After a page with a SEN report is saved: send it to the senreport service, store the result.
 *
 * The check runs after the save, never in its way: when the service is down, slow or answers
 * an error the page is saved all the same and the stored record says the checks were
 * unavailable, so the editor can tell the person who saved.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_SAVE_HOOK = '/v1/hooks/wordpress/save';

/**
 * Whether a page is one senreport checks: it holds a report block, or says what kind it is.
 *
 * @param WP_Post $post The page.
 * @return bool
 */
function senreport_bridge_is_checked_page( $post ) {
	if ( ! $post instanceof WP_Post || 'page' !== $post->post_type ) {
		return false;
	}
	return has_block( 'senreport/report', $post ) || '' !== (string) get_post_meta( $post->ID, SENREPORT_BRIDGE_META_KIND, true );
}

/**
 * The attributes of the first senreport/report block in some content (searching inner blocks).
 *
 * @param string $content Block markup.
 * @return array|null
 */
function senreport_bridge_report_attributes( $content ) {
	if ( false === strpos( (string) $content, 'wp:senreport/report' ) ) {
		return null;
	}
	$stack = parse_blocks( (string) $content );
	while ( $stack ) {
		$block = array_shift( $stack );
		if ( 'senreport/report' === ( $block['blockName'] ?? '' ) ) {
			return is_array( $block['attrs'] ?? null ) ? $block['attrs'] : array();
		}
		$stack = array_merge( $block['innerBlocks'] ?? array(), $stack );
	}
	return null;
}

/**
 * The JSON body the service's check endpoints take for a page.
 *
 * The kind comes from the page's senreport_kind meta, else the report block, else
 * "sen-report"; the school type from the report block when it names a valid one, else the
 * site's setting (a special school's report must not be held to items 2 and 4).
 *
 * @param int    $post_id          Page id (0 before it exists).
 * @param string $content          The content to check.
 * @param array  $acknowledgements Fingerprint => reason.
 * @return array
 */
function senreport_bridge_check_payload( $post_id, $content, $acknowledgements ) {
	$report      = senreport_bridge_report_attributes( $content ) ?? array();
	$kind        = $post_id ? (string) get_post_meta( $post_id, SENREPORT_BRIDGE_META_KIND, true ) : '';
	$kind        = '' !== $kind ? $kind : senreport_bridge_sanitize_kind( $report['kind'] ?? '' );
	$school_type = $report['school']['type'] ?? '';
	return array(
		'site_url'         => home_url(),
		'post_id'          => (int) $post_id,
		'post_type'        => 'page',
		'content'          => (string) $content,
		'kind'             => '' !== $kind ? $kind : 'sen-report',
		'school_type'      => in_array( $school_type, SENREPORT_BRIDGE_SCHOOL_TYPES, true ) ? $school_type : senreport_bridge_school_type(),
		// An object even when empty: the service expects a map, and [] is a list in JSON.
		'acknowledgements' => (object) $acknowledgements,
	);
}

/**
 * Check a saved page through the service's save hook and store what came back.
 *
 * @param WP_Post $post The saved page.
 * @return array|null The stored record, or null when the page is not one senreport checks.
 */
function senreport_bridge_check_saved_page( $post ) {
	if ( ! $post instanceof WP_Post || in_array( $post->post_status, array( 'auto-draft', 'trash', 'inherit' ), true ) ) {
		return null;
	}
	if ( ! senreport_bridge_is_checked_page( $post ) ) {
		return null;
	}
	$acknowledgements = senreport_bridge_acknowledgements( $post->ID );
	$payload          = senreport_bridge_check_payload( $post->ID, $post->post_content, $acknowledgements );
	// Each call unique, so two identical saves in the same second do not share a signature
	// (the service refuses a signature it has seen before).
	$payload['request_id'] = wp_generate_uuid4();
	$result                = senreport_bridge_sidecar_request( 'POST', SENREPORT_BRIDGE_SAVE_HOOK, $payload );
	if ( $result['ok'] && senreport_bridge_is_check_result( $result['data'] ) ) {
		$record               = senreport_bridge_mark_acknowledged( $result['data'], $acknowledgements );
		$record['checked_at'] = gmdate( 'c' );
	} else {
		$record = senreport_bridge_keep_last_findings( senreport_bridge_unavailable_record( $result ), senreport_bridge_stored_findings( $post->ID ) );
	}
	$record = senreport_bridge_note_unchecked( $record, $post );
	senreport_bridge_store_findings( $post->ID, $record );
	/**
	 * Fires after a page was checked on save.
	 *
	 * @param array   $record The stored check result or "unavailable" record.
	 * @param WP_Post $post   The page.
	 */
	do_action( 'senreport_bridge_checked', $record, $post );
	return $record;
}

/**
 * REST saves (the block editor's included): run after the request's meta was written, so
 * acknowledgements made in this save travel with it.
 *
 * @param WP_Post $post The page.
 */
function senreport_bridge_after_rest_insert( $post ) {
	senreport_bridge_check_saved_page( get_post( $post->ID ) );
}
add_action( 'rest_after_insert_page', 'senreport_bridge_after_rest_insert' );

/**
 * Whether this request is the REST pages endpoint, whose saves rest_after_insert_page checks.
 *
 * @return bool
 */
function senreport_bridge_is_pages_rest_request() {
	if ( ! defined( 'REST_REQUEST' ) || ! REST_REQUEST ) {
		return false;
	}
	$route = isset( $GLOBALS['wp']->query_vars['rest_route'] ) ? (string) $GLOBALS['wp']->query_vars['rest_route'] : '';
	return (bool) preg_match( '#^/wp/v2/pages(/\d+)?/?$#', $route );
}

/**
 * Other saves (classic editor, quick edit, other REST routes, code). Saves through the REST
 * pages endpoint are left to the hook above, which fires later in the same request with the
 * request's meta written: checking here too would call the service twice.
 *
 * @param int     $post_id Page id.
 * @param WP_Post $post    The page.
 */
function senreport_bridge_after_save_page( $post_id, $post ) {
	if ( senreport_bridge_is_pages_rest_request() || ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) ) {
		return;
	}
	if ( wp_is_post_revision( $post_id ) || wp_is_post_autosave( $post_id ) ) {
		return;
	}
	senreport_bridge_check_saved_page( $post );
}
add_action( 'save_post_page', 'senreport_bridge_after_save_page', 20, 2 );

/**
 * When the checks could not run, the last known findings stay (a missing statutory item must
 * not vanish because the service was down): the new record is the last result, marked
 * "stale", with the reason and message of the failure and the time of the last real check.
 *
 * @param array      $unavailable The "unavailable" record of this attempt.
 * @param array|null $last        The stored record before it, if any.
 * @return array
 */
function senreport_bridge_keep_last_findings( $unavailable, $last ) {
	if ( ! is_array( $last ) || ! senreport_bridge_is_check_result( $last ) ) {
		return $unavailable;
	}
	$kept = $last;
	foreach ( array( 'unavailable', 'message', 'reason', 'status' ) as $key ) {
		$kept[ $key ] = $unavailable[ $key ];
	}
	$kept['stale']          = true;
	$kept['unavailable_at'] = $unavailable['checked_at'];
	$kept['checked_at']     = (string) ( $last['checked_at'] ?? '' );
	return $kept;
}
