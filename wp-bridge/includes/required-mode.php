<?php
/**
 * Required mode: a SEN report page is not published while statutory errors remain.
 *
 * Checked on the server, on the content about to be published (a synchronous call to the
 * service's /v1/validate, not the stored findings, which may be older than the content).
 * Statutory errors are findings of severity "error" whose code starts with "SR"; one
 * acknowledged with a real reason by someone allowed to (acknowledgements.php) does not block.
 *
 * An update to a page already published is refused only for a gap it would open: a statutory
 * error that the page's last check did not have. A typo fix on a live report whose gap was
 * there before goes through (refusing it would keep the typo, not close the gap).
 *
 * When the service does not answer, the last stored result decides, not an open gate: a page
 * whose last check had statutory errors is not published, and one never checked is published
 * only by a user with the override capability. An update to a live page goes ahead (the gaps
 * it had are known; new ones cannot be told): no save is ever blocked because the service is
 * down. What goes live unchecked is never silent: the editor is told, and the page is listed
 * for the administrators until a check of it succeeds (unchecked.php). A flood of large
 * requests to the service does not open this path: it keeps workers for small requests.
 *
 * Covers REST saves (the block editor: publish, schedule, update of a published page) through
 * rest_pre_insert_page, and every other save (quick edit, classic editor, scheduling) through
 * wp_insert_post_data.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_PUBLIC_STATUSES = array( 'publish', 'future' );

/**
 * Why publishing this content is refused, or null when it may go ahead.
 *
 * @param int    $post_id          Page id (0 before it exists).
 * @param string $content          The content about to be published.
 * @param array  $acknowledgements Fingerprint => reason.
 * @param bool   $is_public        Whether the page is already published (an update).
 * @return WP_Error|null
 */
function senreport_bridge_publish_refusal( $post_id, $content, $acknowledgements, $is_public = false ) {
	$payload = senreport_bridge_check_payload( $post_id, $content, $acknowledgements );
	$result  = senreport_bridge_sidecar_request(
		'POST',
		'/v1/validate',
		array(
			'content'     => $payload['content'],
			'kind'        => $payload['kind'],
			'school_type' => $payload['school_type'],
		)
	);
	$stored = $post_id ? senreport_bridge_stored_findings( $post_id ) : null;
	if ( ! $result['ok'] || ! senreport_bridge_is_check_result( $result['data'] ) ) {
		$refusal = senreport_bridge_unchecked_refusal( $stored, $acknowledgements, $is_public );
		if ( ! $refusal ) {
			senreport_bridge_gate_passed_unchecked( senreport_bridge_unavailable_record( $result )['reason'] );
		}
		return $refusal;
	}
	$acknowledgements = senreport_bridge_allowed_acknowledgements( $post_id, $acknowledgements, $result['data'] );
	$blocking         = senreport_bridge_blocking_findings( $result['data'], $acknowledgements );
	if ( $is_public ) {
		$blocking = senreport_bridge_new_gaps( $blocking, $stored );
	}
	if ( ! $blocking ) {
		return null;
	}
	return new WP_Error(
		'senreport_required',
		senreport_bridge_refusal_message( $blocking, $is_public ),
		array(
			'status'   => 422,
			'findings' => $blocking,
		)
	);
}

/**
 * The blocking findings that the page's last check did not have (by rule and item).
 *
 * @param array[]    $blocking The blocking findings of the new content.
 * @param array|null $stored   The page's last stored check result.
 * @return array[]
 */
function senreport_bridge_new_gaps( $blocking, $stored ) {
	if ( ! senreport_bridge_is_check_result( $stored ) ) {
		return $blocking;
	}
	$before = array();
	foreach ( $stored['findings'] as $finding ) {
		if ( is_array( $finding ) && 'error' === ( $finding['severity'] ?? '' ) ) {
			$before[ ( $finding['code'] ?? '' ) . '|' . ( $finding['item'] ?? '' ) ] = true;
		}
	}
	return array_values(
		array_filter(
			$blocking,
			static function ( $finding ) use ( $before ) {
				return ! isset( $before[ ( $finding['code'] ?? '' ) . '|' . ( $finding['item'] ?? '' ) ] );
			}
		)
	);
}

/**
 * When the service did not answer: refuse on the strength of the last stored result.
 *
 * @param array|null $stored           The page's last stored check result.
 * @param array      $acknowledgements Fingerprint => reason.
 * @param bool       $is_public        Whether the page is already published (an update).
 * @return WP_Error|null
 */
function senreport_bridge_unchecked_refusal( $stored, $acknowledgements, $is_public ) {
	if ( $is_public ) {
		return null;
	}
	if ( ! senreport_bridge_is_check_result( $stored ) ) {
		if ( senreport_bridge_can_override() ) {
			return null;
		}
		return new WP_Error(
			'senreport_required',
			__( 'This page cannot be published yet: the senreport service did not answer, and the report has never been checked. Save it as a draft and try again in a few minutes, or ask an administrator to publish it.', 'senreport-bridge' ),
			array( 'status' => 422 )
		);
	}
	$blocking = senreport_bridge_blocking_findings( $stored, $acknowledgements );
	if ( ! $blocking ) {
		return null;
	}
	return new WP_Error(
		'senreport_required',
		__( 'The senreport service did not answer, so these changes could not be checked; the last check found statutory problems.', 'senreport-bridge' ) . ' ' . senreport_bridge_refusal_message( $blocking, false ),
		array(
			'status'   => 422,
			'findings' => $blocking,
		)
	);
}

/**
 * A plain message naming what is missing.
 *
 * @param array[] $blocking  The blocking findings.
 * @param bool    $is_public Whether the page is already published (an update).
 * @return string
 */
function senreport_bridge_refusal_message( $blocking, $is_public = false ) {
	$what = array();
	foreach ( $blocking as $finding ) {
		$item = senreport_bridge_catalogue_item( (string) ( $finding['item'] ?? '' ) );
		$line = $item
			/* translators: 1: a section heading, 2: a Schedule 1 item label such as "3(a)". */
			? sprintf( __( '%1$s (item %2$s)', 'senreport-bridge' ), $item['heading'], $item['label'] )
			: (string) ( $finding['message'] ?? $finding['code'] ?? '' );
		$what[ $line ] = $line;
	}
	if ( $is_public ) {
		return sprintf(
			/* translators: 1: number of problems, 2: a list of what is missing. */
			_n(
				'These changes cannot be published: the SEN information report would have %1$d statutory problem: %2$s. The published page was not changed. Fix it, or acknowledge it with a reason under "SEN report checks", then try again.',
				'These changes cannot be published: the SEN information report would have %1$d statutory problems: %2$s. The published page was not changed. Fix them, or acknowledge them with a reason under "SEN report checks", then try again.',
				count( $blocking ),
				'senreport-bridge'
			),
			count( $blocking ),
			implode( '; ', $what )
		);
	}
	return sprintf(
		/* translators: 1: number of problems, 2: a list of what is missing. */
		_n(
			'This page cannot be published yet: the SEN information report has %1$d statutory problem: %2$s. Fix it, or acknowledge it with a reason under "SEN report checks", then try again.',
			'This page cannot be published yet: the SEN information report has %1$d statutory problems: %2$s. Fix them, or acknowledge them with a reason under "SEN report checks", then try again.',
			count( $blocking ),
			'senreport-bridge'
		),
		count( $blocking ),
		implode( '; ', $what )
	);
}

/**
 * The acknowledgements of a REST request's meta when it sends them, else the stored ones.
 *
 * @param WP_REST_Request $request The request.
 * @param int             $post_id Page id.
 * @return array
 */
function senreport_bridge_request_acknowledgements( $request, $post_id ) {
	$meta = $request['meta'];
	if ( is_array( $meta ) && isset( $meta[ SENREPORT_BRIDGE_META_ACKNOWLEDGED ] ) && is_string( $meta[ SENREPORT_BRIDGE_META_ACKNOWLEDGED ] ) ) {
		$decoded = json_decode( senreport_bridge_sanitize_acknowledgements( $meta[ SENREPORT_BRIDGE_META_ACKNOWLEDGED ] ), true );
		return senreport_bridge_allowed_acknowledgements( $post_id, is_array( $decoded ) ? $decoded : array() );
	}
	return $post_id ? senreport_bridge_acknowledgements( $post_id ) : array();
}

/**
 * REST: refuse, with a 422, to publish, schedule or update a published report with errors.
 *
 * @param stdClass|WP_Error $prepared_post The post about to be inserted.
 * @param WP_REST_Request   $request       The request.
 * @return stdClass|WP_Error
 */
function senreport_bridge_rest_pre_insert( $prepared_post, $request ) {
	if ( is_wp_error( $prepared_post ) || ! senreport_bridge_required_mode() ) {
		return $prepared_post;
	}
	$post_id  = isset( $prepared_post->ID ) ? (int) $prepared_post->ID : 0;
	$existing = $post_id ? get_post( $post_id ) : null;
	$status   = $prepared_post->post_status ?? ( $existing ? $existing->post_status : 'draft' );
	if ( ! in_array( $status, SENREPORT_BRIDGE_PUBLIC_STATUSES, true ) ) {
		return $prepared_post;
	}
	$content = isset( $prepared_post->post_content ) ? (string) $prepared_post->post_content : ( $existing ? $existing->post_content : '' );
	$kind    = $post_id ? (string) get_post_meta( $post_id, SENREPORT_BRIDGE_META_KIND, true ) : '';
	if ( ! has_block( 'senreport/report', $content ) && '' === $kind ) {
		return $prepared_post;
	}
	$is_public = $existing && in_array( $existing->post_status, SENREPORT_BRIDGE_PUBLIC_STATUSES, true );
	$refusal   = senreport_bridge_publish_refusal( $post_id, $content, senreport_bridge_request_acknowledgements( $request, $post_id ), $is_public );
	return $refusal ? $refusal : $prepared_post;
}
add_filter( 'rest_pre_insert_page', 'senreport_bridge_rest_pre_insert', 20, 2 );

/**
 * Other saves: a page that would become public with errors stays a draft (the person is told
 * on the next screen); an update to a page already public is refused outright, so a live
 * report is never taken down by the check meant to protect it.
 *
 * @param array $data    Slashed post data about to be saved.
 * @param array $postarr The submitted post array.
 * @return array
 */
function senreport_bridge_insert_post_data( $data, $postarr ) {
	if ( ! senreport_bridge_required_mode() || senreport_bridge_is_pages_rest_request() || wp_doing_cron() || ( defined( 'WP_CLI' ) && WP_CLI ) ) {
		return $data;
	}
	if ( 'page' !== ( $data['post_type'] ?? '' ) || ! in_array( $data['post_status'] ?? '', SENREPORT_BRIDGE_PUBLIC_STATUSES, true ) ) {
		return $data;
	}
	$post_id = (int) ( $postarr['ID'] ?? 0 );
	$content = wp_unslash( (string) ( $data['post_content'] ?? '' ) );
	$kind    = $post_id ? (string) get_post_meta( $post_id, SENREPORT_BRIDGE_META_KIND, true ) : '';
	if ( ! has_block( 'senreport/report', $content ) && '' === $kind ) {
		return $data;
	}
	$existing  = $post_id ? get_post( $post_id ) : null;
	$is_public = $existing && in_array( $existing->post_status, SENREPORT_BRIDGE_PUBLIC_STATUSES, true );
	$refusal   = senreport_bridge_publish_refusal( $post_id, $content, $post_id ? senreport_bridge_acknowledgements( $post_id ) : array(), $is_public );
	if ( ! $refusal ) {
		return $data;
	}
	if ( $is_public ) {
		wp_die(
			esc_html( $refusal->get_error_message() ),
			esc_html__( 'Changes not saved', 'senreport-bridge' ),
			array(
				'response'  => 422,
				'back_link' => true,
			)
		);
	}
	$data['post_status'] = 'draft';
	set_transient( 'senreport_bridge_refused_' . get_current_user_id(), $refusal->get_error_message(), 5 * MINUTE_IN_SECONDS );
	return $data;
}
add_filter( 'wp_insert_post_data', 'senreport_bridge_insert_post_data', 20, 2 );

/**
 * Tell the person whose page was kept as a draft why.
 */
function senreport_bridge_refused_notice() {
	$key     = 'senreport_bridge_refused_' . get_current_user_id();
	$message = get_transient( $key );
	if ( ! $message ) {
		return;
	}
	delete_transient( $key );
	printf(
		'<div class="notice notice-error is-dismissible"><p><strong>%1$s</strong> %2$s</p></div>',
		esc_html__( 'The page was saved as a draft, not published.', 'senreport-bridge' ),
		esc_html( $message )
	);
}
add_action( 'admin_notices', 'senreport_bridge_refused_notice' );
