<?php
/**
 * The editor side of the checks: notices, the "SEN report checks" panel, the pre-publish
 * self-evaluation table, the marks on sections with problems.
 *
 * Loaded in the block editor for pages only (the blocks themselves load wherever blocks do).
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Register the editor scripts (the data side, checks.js; checks while writing, live-checks.js;
 * findings on blocks, block-findings.js;
 * a finding's row, finding-row.js; the panels, editor.js) and style.
 */
function senreport_bridge_register_editor_assets() {
	$url = plugins_url( 'assets/', SENREPORT_BRIDGE_FILE );
	wp_register_script(
		'senreport-bridge-checks',
		$url . 'checks.js',
		array( 'senreport-bridge-shared', 'wp-api-fetch', 'wp-data', 'wp-editor', 'wp-i18n', 'wp-notices' ),
		SENREPORT_BRIDGE_VERSION,
		true
	);
	wp_register_script(
		'senreport-bridge-live-checks',
		$url . 'live-checks.js',
		array( 'senreport-bridge-checks', 'wp-api-fetch', 'wp-block-editor', 'wp-data', 'wp-editor' ),
		SENREPORT_BRIDGE_VERSION,
		true
	);
	wp_register_script(
		'senreport-bridge-block-findings',
		$url . 'block-findings.js',
		array( 'senreport-bridge-live-checks', 'wp-block-editor', 'wp-components', 'wp-compose', 'wp-data', 'wp-element', 'wp-hooks', 'wp-i18n' ),
		SENREPORT_BRIDGE_VERSION,
		true
	);
	wp_register_script(
		'senreport-bridge-finding-row',
		$url . 'finding-row.js',
		array( 'senreport-bridge-block-findings', 'wp-components', 'wp-element', 'wp-i18n' ),
		SENREPORT_BRIDGE_VERSION,
		true
	);
	wp_register_script(
		'senreport-bridge-editor',
		$url . 'editor.js',
		array(
			'senreport-bridge-finding-row',
			'wp-block-editor',
			'wp-blocks',
			'wp-components',
			'wp-compose',
			'wp-data',
			'wp-edit-post',
			'wp-editor',
			'wp-element',
			'wp-hooks',
			'wp-i18n',
			'wp-plugins',
		),
		SENREPORT_BRIDGE_VERSION,
		true
	);
	wp_set_script_translations( 'senreport-bridge-checks', 'senreport-bridge', SENREPORT_BRIDGE_DIR . '/languages' );
	wp_set_script_translations( 'senreport-bridge-block-findings', 'senreport-bridge', SENREPORT_BRIDGE_DIR . '/languages' );
	wp_set_script_translations( 'senreport-bridge-finding-row', 'senreport-bridge', SENREPORT_BRIDGE_DIR . '/languages' );
	wp_set_script_translations( 'senreport-bridge-editor', 'senreport-bridge', SENREPORT_BRIDGE_DIR . '/languages' );
	wp_register_style(
		'senreport-bridge-editor',
		$url . 'editor.css',
		array( 'wp-components' ),
		SENREPORT_BRIDGE_VERSION
	);
}
add_action( 'init', 'senreport_bridge_register_editor_assets', 5 );

/**
 * Enqueue them when a page is open in the block editor.
 */
function senreport_bridge_enqueue_editor_assets() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || 'post' !== $screen->base || 'page' !== $screen->post_type ) {
		return;
	}
	wp_enqueue_script( 'senreport-bridge-editor' );
	wp_enqueue_style( 'senreport-bridge-editor' );
}
add_action( 'enqueue_block_editor_assets', 'senreport_bridge_enqueue_editor_assets' );
