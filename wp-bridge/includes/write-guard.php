<?php
/**
 * Page updates from senreport that can never overwrite an editor's save.
 *
 * senreport (the `inject` command and the service) sends its page update with the SHA-256 of
 * the content it read, in the header `X-SENReport-If-Content`. The update is refused with
 * 409 if the page holds anything else by then, and with 423 if someone has the page open in
 * the editor (WordPress's post lock), unless `X-SENReport-Force: 1` is sent.
 *
 * Every REST update of a page or post takes a per-post database lock (MySQL GET_LOCK) for the
 * length of the request, so an editor's save cannot land between that check and senreport's
 * write. Answers to checked updates carry `X-SENReport-Guard: checked`, which tells senreport
 * that the check was made here (without this plugin it checks the revisions itself).
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * The post a REST request updates, or 0 if it updates none.
 *
 * @param WP_REST_Request $request The request.
 * @return int
 */
function senreport_bridge_guarded_post_id( $request ) {
	if ( ! in_array( $request->get_method(), array( 'POST', 'PUT', 'PATCH' ), true ) ) {
		return 0;
	}
	if ( ! preg_match( '#^/wp/v2/(?:pages|posts)/(\d+)$#', (string) $request->get_route(), $found ) ) {
		return 0;
	}
	return (int) $found[1];
}

/**
 * The name of a post's database lock (GET_LOCK names are at most 64 characters).
 *
 * @param int $post_id The post.
 * @return string
 */
function senreport_bridge_guard_lock_name( $post_id ) {
	global $wpdb;
	return substr( 'senreport_' . md5( DB_NAME . $wpdb->prefix ) . '_' . $post_id, 0, 64 );
}

/**
 * Before any REST update of a post: take the post's lock (waiting up to 10 seconds).
 *
 * @param mixed           $result  A response already chosen by another filter, or null.
 * @param WP_REST_Server  $server  The server.
 * @param WP_REST_Request $request The request.
 * @return mixed
 */
function senreport_bridge_guard_take_lock( $result, $server, $request ) {
	global $wpdb, $senreport_bridge_guard_locks;
	$post_id = senreport_bridge_guarded_post_id( $request );
	if ( null !== $result || ! $post_id ) {
		return $result;
	}
	$taken = $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', senreport_bridge_guard_lock_name( $post_id ), 10 ) );
	if ( '1' !== (string) $taken ) {
		return new WP_Error(
			'senreport_busy',
			__( 'The page is being saved by someone else at this moment; try again.', 'senreport-bridge' ),
			array( 'status' => 409 )
		);
	}
	$senreport_bridge_guard_locks[ $post_id ] = true;
	return $result;
}
add_filter( 'rest_pre_dispatch', 'senreport_bridge_guard_take_lock', 10, 3 );

/**
 * After the request: release the locks it took, and mark answers to checked updates.
 *
 * @param WP_REST_Response $response The answer.
 * @param WP_REST_Server   $server   The server.
 * @param WP_REST_Request  $request  The request.
 * @return WP_REST_Response
 */
function senreport_bridge_guard_release_lock( $response, $server, $request ) {
	global $wpdb, $senreport_bridge_guard_locks;
	foreach ( array_keys( (array) $senreport_bridge_guard_locks ) as $post_id ) {
		$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', senreport_bridge_guard_lock_name( $post_id ) ) );
	}
	$senreport_bridge_guard_locks = array();
	if ( $response instanceof WP_HTTP_Response && null !== $request->get_header( 'x_senreport_if_content' )
		&& senreport_bridge_guarded_post_id( $request ) ) {
		$response->header( 'X-SENReport-Guard', 'checked' );
	}
	return $response;
}
add_filter( 'rest_post_dispatch', 'senreport_bridge_guard_release_lock', 10, 3 );

/**
 * Refuse senreport's update if the page changed since it was read, or someone is editing it.
 *
 * @param stdClass|WP_Error $prepared The post about to be written.
 * @param WP_REST_Request   $request  The request.
 * @return stdClass|WP_Error
 */
function senreport_bridge_guard_precondition( $prepared, $request ) {
	$expected = $request->get_header( 'x_senreport_if_content' );
	if ( null === $expected || is_wp_error( $prepared ) || empty( $prepared->ID ) ) {
		return $prepared;
	}
	global $wpdb;
	// Straight from the database, under the lock: no object cache in between.
	$current = (string) $wpdb->get_var( $wpdb->prepare( "SELECT post_content FROM {$wpdb->posts} WHERE ID = %d", $prepared->ID ) );
	if ( ! hash_equals( hash( 'sha256', $current ), strtolower( trim( (string) $expected ) ) ) ) {
		return new WP_Error(
			'senreport_conflict',
			__( 'The page was changed in WordPress after senreport read it; nothing was written.', 'senreport-bridge' ),
			array( 'status' => 409 )
		);
	}
	if ( '1' !== $request->get_header( 'x_senreport_force' ) ) {
		require_once ABSPATH . 'wp-admin/includes/post.php';
		$holder = wp_check_post_lock( $prepared->ID );
		if ( $holder ) {
			$user = get_userdata( $holder );
			$name = $user ? $user->display_name : __( 'Someone', 'senreport-bridge' );
			return new WP_Error(
				'senreport_post_locked',
				/* translators: %s: the name of the person editing the page. */
				sprintf( __( '%s is editing this page in WordPress now; nothing was written.', 'senreport-bridge' ), $name ),
				array(
					'status' => 423,
					'editor' => $name,
				)
			);
		}
	}
	return $prepared;
}
add_filter( 'rest_pre_insert_page', 'senreport_bridge_guard_precondition', 10, 2 );
add_filter( 'rest_pre_insert_post', 'senreport_bridge_guard_precondition', 10, 2 );
