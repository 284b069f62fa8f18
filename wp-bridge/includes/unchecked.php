<?php
/**
 * Pages that went live unchecked in required mode, and telling the administrator.
 *
 * The house rule: no save is ever blocked because the senreport service is down. So when the
 * service does not answer (down, too slow, or busy), required mode lets two things through:
 * an update to a page that is already live (its known gaps cannot get worse unseen for long:
 * see below), and a page published by someone allowed to override. Neither is silent:
 *
 * - the editor's notice says the changes were published without being checked, and the last
 *   known findings stay shown (save-hook.php keeps them);
 * - the page is listed for the site's administrators, in a notice on every admin screen, with
 *   when, why and who, until a later check of that page succeeds.
 *
 * A flood of large requests cannot cause this: the service keeps workers free for small
 * requests such as an editor's page (its admission control), so a page is let through
 * unchecked only when the service genuinely cannot answer.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_UNCHECKED_OPTION = 'senreport_bridge_unchecked';

/**
 * Remember, for the rest of this request, that required mode let a save through unchecked.
 *
 * @param string $reason Why the service gave no result (an "unavailable" record's reason).
 */
function senreport_bridge_gate_passed_unchecked( $reason ) {
	$GLOBALS['senreport_bridge_unchecked_gate'] = (string) $reason;
}

/**
 * After a page's save check: list it when required mode let it through unchecked in this
 * request, and take it off the list once a check of it succeeds.
 *
 * @param array   $record The record just stored (a check result or an "unavailable" record).
 * @param WP_Post $post   The page.
 * @return array The record, its message saying so when the page went live unchecked.
 */
function senreport_bridge_note_unchecked( $record, $post ) {
	$gate = $GLOBALS['senreport_bridge_unchecked_gate'] ?? null;
	unset( $GLOBALS['senreport_bridge_unchecked_gate'] );
	if ( null === $gate && ! empty( $record['unavailable'] ) ) {
		return $record;
	}
	// Pages deleted or taken down since leave the list whenever it is written.
	$list = senreport_bridge_unchecked_pages();
	if ( null === $gate ) {
		if ( isset( $list[ $post->ID ] ) ) {
			unset( $list[ $post->ID ] );
			update_option( SENREPORT_BRIDGE_UNCHECKED_OPTION, $list, false );
		}
		return $record;
	}
	$list[ $post->ID ] = array(
		'at'      => gmdate( 'c' ),
		'reason'  => $gate,
		'user'    => get_current_user_id(),
		// The check after the save may have answered when the one before it did not.
		'checked' => empty( $record['unavailable'] ),
	);
	update_option( SENREPORT_BRIDGE_UNCHECKED_OPTION, $list, false );
	if ( ! empty( $record['unavailable'] ) ) {
		$record['published_unchecked'] = true;
		$record['message']             = senreport_bridge_unavailable_message( $gate ) . ' ' . __( 'Your changes were published without being checked; the findings shown are from the last check, and the site\'s administrators have been told.', 'senreport-bridge' );
	}
	return $record;
}

/**
 * The pages on the list that still exist: page id => entry.
 *
 * @return array<int, array>
 */
function senreport_bridge_unchecked_pages() {
	$list = get_option( SENREPORT_BRIDGE_UNCHECKED_OPTION, array() );
	if ( ! is_array( $list ) ) {
		return array();
	}
	return array_filter(
		$list,
		static function ( $entry, $post_id ) {
			$post = get_post( (int) $post_id );
			return is_array( $entry ) && $post && in_array( $post->post_status, SENREPORT_BRIDGE_PUBLIC_STATUSES, true );
		},
		ARRAY_FILTER_USE_BOTH
	);
}

/**
 * Tell administrators which pages went live unchecked, on every admin screen.
 */
function senreport_bridge_unchecked_notice() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$pages = senreport_bridge_unchecked_pages();
	if ( ! $pages ) {
		return;
	}
	$items = array();
	foreach ( array_slice( $pages, 0, 10, true ) as $post_id => $entry ) {
		$when    = strtotime( (string) ( $entry['at'] ?? '' ) );
		$items[] = sprintf(
			'<li><a href="%1$s">%2$s</a> (%3$s)</li>',
			esc_url( (string) get_edit_post_link( (int) $post_id, 'raw' ) ),
			esc_html( get_the_title( (int) $post_id ) ),
			esc_html( $when ? wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $when ) : '' )
		);
	}
	printf(
		'<div class="notice notice-warning senreport-unchecked"><p><strong>%1$s</strong> %2$s</p><ul>%3$s</ul></div>',
		esc_html(
			sprintf(
				/* translators: %d: number of pages. */
				_n( 'senreport: %d report page went live without being checked.', 'senreport: %d report pages went live without being checked.', count( $pages ), 'senreport-bridge' ),
				count( $pages )
			)
		),
		esc_html__( 'Required mode is on, but the senreport service did not answer when they were published or updated. Open each page and update it once the service answers (Settings > senreport > Test connection); it then leaves this list.', 'senreport-bridge' ),
		implode( '', $items ) // Each item escaped above.
	);
}
add_action( 'admin_notices', 'senreport_bridge_unchecked_notice' );
