<?php
/**
 * REST route for the editor: check content that is not saved yet.
 *
 * POST /wp-json/senreport-bridge/v1/check {"post_id", "content"} answers the service's check
 * result for that content (its /v1/validate), with the page's acknowledgements marked, or an
 * "unavailable" record. Nothing is stored. The pre-publish panel uses it so that what it
 * shows, and whether publishing is locked, is about the content about to be published.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Register the route.
 */
function senreport_bridge_register_rest_routes() {
	register_rest_route(
		'senreport-bridge/v1',
		'/check',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'senreport_bridge_rest_check',
			'permission_callback' => static function ( $request ) {
				$post_id = (int) $request['post_id'];
				return $post_id > 0 && 'page' === get_post_type( $post_id ) && current_user_can( 'edit_post', $post_id );
			},
			'args'                => array(
				'post_id' => array(
					'type'     => 'integer',
					'required' => true,
				),
				'content' => array(
					'type'     => 'string',
					'required' => true,
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'senreport_bridge_register_rest_routes' );

/**
 * Check the given content through the service.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function senreport_bridge_rest_check( $request ) {
	$post_id          = (int) $request['post_id'];
	$acknowledgements = senreport_bridge_acknowledgements( $post_id );
	$payload          = senreport_bridge_check_payload( $post_id, (string) $request['content'], $acknowledgements );
	$result           = senreport_bridge_sidecar_request(
		'POST',
		'/v1/validate',
		array(
			'content'     => $payload['content'],
			'kind'        => $payload['kind'],
			'school_type' => $payload['school_type'],
		)
	);
	if ( ! $result['ok'] || ! senreport_bridge_is_check_result( $result['data'] ) ) {
		return rest_ensure_response( senreport_bridge_unavailable_record( $result, false ) );
	}
	$check = senreport_bridge_mark_acknowledged( $result['data'], $acknowledgements );
	$check['blocking'] = count( senreport_bridge_blocking_findings( $check, $acknowledgements ) );
	return rest_ensure_response( $check );
}
