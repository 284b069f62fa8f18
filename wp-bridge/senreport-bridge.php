<?php
/**
 * Plugin Name:       senreport bridge
 * Plugin URI:        https://senreport.readthedocs.io/
 * Description:       Structured SEN information report blocks, checked against the SEND Regulations 2014 by the senreport service each time a page is saved, with the findings shown in the block editor.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            senreport
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       senreport-bridge
 * Domain Path:       /languages
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

define( 'SENREPORT_BRIDGE_VERSION', '0.1.0' );
define( 'SENREPORT_BRIDGE_FILE', __FILE__ );
define( 'SENREPORT_BRIDGE_DIR', __DIR__ );

foreach ( array( 'catalogue', 'options', 'sidecar-client', 'meta', 'acknowledgements', 'blocks', 'save-hook', 'required-mode', 'unchecked', 'rest', 'editor', 'settings' ) as $senreport_bridge_part ) {
	require_once __DIR__ . '/includes/' . $senreport_bridge_part . '.php';
}
unset( $senreport_bridge_part );
// Page updates from senreport that cannot overwrite an editor's save (its own file).
require_once __DIR__ . '/includes/write-guard.php';

/**
 * Load the plugin's translations (languages/senreport-bridge-<locale>.mo).
 */
function senreport_bridge_load_textdomain() {
	load_plugin_textdomain( 'senreport-bridge', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'senreport_bridge_load_textdomain', 1 );

register_activation_hook( __FILE__, 'senreport_bridge_activate' );

/**
 * On activation, store the default settings once (never overwrite a school's own).
 */
function senreport_bridge_activate() {
	if ( false === get_option( SENREPORT_BRIDGE_OPTION, false ) ) {
		add_option( SENREPORT_BRIDGE_OPTION, senreport_bridge_default_settings() );
	}
}
