<?php
/**
 * Settings > senreport: the service's address and secret, the school's defaults, required mode,
 * and a connection test.
 *
 * The shared secret is write-only: the page never prints it, a blank field keeps the stored
 * one. Values fixed by wp-config.php constants are shown as such and cannot be edited here.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

const SENREPORT_BRIDGE_PAGE = 'senreport';

/**
 * Add the page under Settings.
 */
function senreport_bridge_add_settings_page() {
	add_options_page(
		__( 'senreport settings', 'senreport-bridge' ),
		__( 'senreport', 'senreport-bridge' ),
		'manage_options',
		SENREPORT_BRIDGE_PAGE,
		'senreport_bridge_render_settings_page'
	);
}
add_action( 'admin_menu', 'senreport_bridge_add_settings_page' );

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function senreport_bridge_plugin_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . SENREPORT_BRIDGE_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'senreport-bridge' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SENREPORT_BRIDGE_FILE ), 'senreport_bridge_plugin_action_links' );

/**
 * Register the option, its sections and fields with the Settings API.
 */
function senreport_bridge_register_settings() {
	register_setting(
		'senreport_bridge',
		SENREPORT_BRIDGE_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'senreport_bridge_sanitize_settings',
			'default'           => senreport_bridge_default_settings(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'senreport_connection', __( 'The senreport service', 'senreport-bridge' ), 'senreport_bridge_connection_intro', SENREPORT_BRIDGE_PAGE );
	add_settings_section( 'senreport_school', __( 'Your school', 'senreport-bridge' ), 'senreport_bridge_school_intro', SENREPORT_BRIDGE_PAGE );
	add_settings_section( 'senreport_senco', __( 'Your SENCO', 'senreport-bridge' ), '__return_false', SENREPORT_BRIDGE_PAGE );
	add_settings_section( 'senreport_publishing', __( 'Publishing', 'senreport-bridge' ), '__return_false', SENREPORT_BRIDGE_PAGE );

	$fields = array(
		'sidecar_url'         => array( 'senreport_connection', __( 'Service address', 'senreport-bridge' ), 'senreport_bridge_field_sidecar_url' ),
		'shared_secret'       => array( 'senreport_connection', __( 'Shared secret', 'senreport-bridge' ), 'senreport_bridge_field_shared_secret' ),
		'school_type'         => array( 'senreport_school', __( 'Type of school', 'senreport-bridge' ), 'senreport_bridge_field_school_type' ),
		'authority'           => array( 'senreport_school', __( 'Local authority', 'senreport-bridge' ), 'senreport_bridge_field_text' ),
		'local_offer_url'     => array( 'senreport_school', __( 'Local Offer address', 'senreport-bridge' ), 'senreport_bridge_field_text' ),
		'senco_name'          => array( 'senreport_senco', __( 'Name', 'senreport-bridge' ), 'senreport_bridge_field_text' ),
		'senco_title'         => array( 'senreport_senco', __( 'Job title', 'senreport-bridge' ), 'senreport_bridge_field_text' ),
		'senco_email'         => array( 'senreport_senco', __( 'Email', 'senreport-bridge' ), 'senreport_bridge_field_text' ),
		'senco_phone'         => array( 'senreport_senco', __( 'Telephone', 'senreport-bridge' ), 'senreport_bridge_field_text' ),
		'required_mode'       => array( 'senreport_publishing', __( 'Required mode', 'senreport-bridge' ), 'senreport_bridge_field_required_mode' ),
		'override_capability' => array( 'senreport_publishing', __( 'Who may acknowledge statutory problems', 'senreport-bridge' ), 'senreport_bridge_field_override_capability' ),
	);
	$types  = array(
		'local_offer_url' => 'url',
		'senco_email'     => 'email',
		'senco_phone'     => 'tel',
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'senreport_' . $key,
			$field[1],
			$field[2],
			SENREPORT_BRIDGE_PAGE,
			$field[0],
			array(
				'key'       => $key,
				'label_for' => 'senreport_' . $key,
				'type'      => $types[ $key ] ?? 'text',
			)
		);
	}
}
add_action( 'admin_init', 'senreport_bridge_register_settings' );

/**
 * Clean every submitted value; keep what the form does not (or may not) change.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function senreport_bridge_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$old   = senreport_bridge_settings();
	$clean = $old;

	if ( ! senreport_bridge_is_constant( 'sidecar_url' ) && array_key_exists( 'sidecar_url', $input ) ) {
		$url = trim( (string) $input['sidecar_url'] );
		if ( '' === $url ) {
			$clean['sidecar_url'] = '';
		} elseif ( preg_match( '#^https?://[^/]#i', $url ) ) {
			$clean['sidecar_url'] = untrailingslashit( esc_url_raw( $url, array( 'http', 'https' ) ) );
		} else {
			add_settings_error( SENREPORT_BRIDGE_OPTION, 'senreport_sidecar_url', __( 'The service address must start with http:// or https://. The old address was kept.', 'senreport-bridge' ) );
		}
	}
	if ( ! senreport_bridge_is_constant( 'shared_secret' ) ) {
		if ( ! empty( $input['clear_secret'] ) ) {
			$clean['shared_secret'] = '';
		} elseif ( isset( $input['shared_secret'] ) && '' !== trim( (string) $input['shared_secret'] ) ) {
			// A secret is any string; keep it exactly, only without surrounding spaces.
			$clean['shared_secret'] = trim( (string) $input['shared_secret'] );
		}
	}
	unset( $clean['clear_secret'] );

	if ( isset( $input['school_type'] ) ) {
		$clean['school_type'] = in_array( $input['school_type'], SENREPORT_BRIDGE_SCHOOL_TYPES, true ) ? $input['school_type'] : 'mainstream';
	}
	foreach ( array( 'authority', 'senco_name', 'senco_title', 'senco_phone' ) as $key ) {
		if ( isset( $input[ $key ] ) ) {
			$clean[ $key ] = sanitize_text_field( (string) $input[ $key ] );
		}
	}
	if ( isset( $input['local_offer_url'] ) ) {
		$clean['local_offer_url'] = esc_url_raw( trim( (string) $input['local_offer_url'] ), array( 'http', 'https' ) );
	}
	if ( isset( $input['senco_email'] ) ) {
		$clean['senco_email'] = sanitize_email( (string) $input['senco_email'] );
	}
	$clean['required_mode'] = ! empty( $input['required_mode'] );
	if ( isset( $input['override_capability'] ) && isset( senreport_bridge_override_choices()[ $input['override_capability'] ] ) ) {
		$clean['override_capability'] = $input['override_capability'];
	}
	return $clean;
}

/**
 * Introduction to the connection section.
 */
function senreport_bridge_connection_intro() {
	echo '<p>' . esc_html__( 'Each time a page with a SEN information report is saved, it is sent to the senreport service, which checks it against the SEND Regulations 2014. Hosts can set the address and the secret in wp-config.php instead (SENREPORT_SIDECAR_URL, SENREPORT_SHARED_SECRET).', 'senreport-bridge' ) . '</p>';
}

/**
 * Introduction to the school section.
 */
function senreport_bridge_school_intro() {
	echo '<p>' . esc_html__( 'These fill in a new report, and the Local Offer link wherever a block does not name its own.', 'senreport-bridge' ) . '</p>';
}

/**
 * "Set in wp-config.php" note for a field a constant fixes.
 */
function senreport_bridge_constant_note() {
	echo '<p class="description">' . esc_html__( 'Set in wp-config.php: change it there.', 'senreport-bridge' ) . '</p>';
}

/**
 * The service address field.
 *
 * @param array $args Field arguments.
 */
function senreport_bridge_field_sidecar_url( $args ) {
	$fixed = senreport_bridge_is_constant( 'sidecar_url' );
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%2$s[sidecar_url]" value="%3$s" placeholder="http://127.0.0.1:8765" %4$s />',
		esc_attr( $args['label_for'] ),
		esc_attr( SENREPORT_BRIDGE_OPTION ),
		esc_attr( $fixed ? senreport_bridge_sidecar_url() : (string) senreport_bridge_setting( 'sidecar_url' ) ),
		disabled( $fixed, true, false )
	);
	if ( $fixed ) {
		senreport_bridge_constant_note();
	}
}

/**
 * The shared secret field: write-only.
 *
 * @param array $args Field arguments.
 */
function senreport_bridge_field_shared_secret( $args ) {
	if ( senreport_bridge_is_constant( 'shared_secret' ) ) {
		printf(
			'<input type="password" class="regular-text" id="%1$s" value="" placeholder="%2$s" disabled="disabled" autocomplete="off" />',
			esc_attr( $args['label_for'] ),
			esc_attr__( 'Set in wp-config.php', 'senreport-bridge' )
		);
		senreport_bridge_constant_note();
		return;
	}
	$stored = '' !== (string) senreport_bridge_setting( 'shared_secret' );
	printf(
		'<input type="password" class="regular-text" id="%1$s" name="%2$s[shared_secret]" value="" autocomplete="new-password" placeholder="%3$s" aria-describedby="%1$s_help" />',
		esc_attr( $args['label_for'] ),
		esc_attr( SENREPORT_BRIDGE_OPTION ),
		esc_attr( $stored ? __( 'A secret is stored', 'senreport-bridge' ) : '' )
	);
	printf(
		'<p class="description" id="%1$s_help">%2$s</p>',
		esc_attr( $args['label_for'] ),
		esc_html__( 'The same secret as the service\'s SENREPORT_HOOK_SECRET. It is never shown again: leave the field blank to keep the stored one.', 'senreport-bridge' )
	);
	if ( $stored ) {
		printf(
			'<p><label><input type="checkbox" name="%1$s[clear_secret]" value="1" /> %2$s</label></p>',
			esc_attr( SENREPORT_BRIDGE_OPTION ),
			esc_html__( 'Remove the stored secret', 'senreport-bridge' )
		);
	}
}

/**
 * The school type field.
 *
 * @param array $args Field arguments.
 */
function senreport_bridge_field_school_type( $args ) {
	$current = senreport_bridge_school_type();
	printf( '<select id="%1$s" name="%2$s[school_type]">', esc_attr( $args['label_for'] ), esc_attr( SENREPORT_BRIDGE_OPTION ) );
	foreach ( senreport_bridge_script_data()['schoolTypes'] as $type ) {
		printf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $type['value'] ), selected( $current, $type['value'], false ), esc_html( $type['label'] ) );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Items 2 and 4 of Schedule 1 apply to mainstream schools and maintained nursery schools only.', 'senreport-bridge' ) . '</p>';
}

/**
 * A plain text (url, email, tel) field.
 *
 * @param array $args Field arguments.
 */
function senreport_bridge_field_text( $args ) {
	printf(
		'<input type="%1$s" class="regular-text" id="%2$s" name="%3$s[%4$s]" value="%5$s" />',
		esc_attr( $args['type'] ),
		esc_attr( $args['label_for'] ),
		esc_attr( SENREPORT_BRIDGE_OPTION ),
		esc_attr( $args['key'] ),
		esc_attr( (string) senreport_bridge_setting( $args['key'] ) )
	);
}

/**
 * The required mode checkbox.
 *
 * @param array $args Field arguments.
 */
function senreport_bridge_field_required_mode( $args ) {
	printf(
		'<label><input type="checkbox" id="%1$s" name="%2$s[required_mode]" value="1" %3$s /> %4$s</label>',
		esc_attr( $args['label_for'] ),
		esc_attr( SENREPORT_BRIDGE_OPTION ),
		checked( senreport_bridge_required_mode(), true, false ),
		esc_html__( 'Refuse to publish a SEN information report while statutory information is missing', 'senreport-bridge' )
	);
	echo '<p class="description">' . esc_html__( 'A statutory problem acknowledged with a reason, by someone allowed to, does not stop publishing. On a report already published, only a change that opens a new gap is refused. When the service does not answer, the last check decides.', 'senreport-bridge' ) . '</p>';
}

/**
 * Who may acknowledge a statutory problem (a capability; see acknowledgements.php).
 *
 * @param array $args Field arguments.
 */
function senreport_bridge_field_override_capability( $args ) {
	printf( '<select id="%1$s" name="%2$s[override_capability]">', esc_attr( $args['label_for'] ), esc_attr( SENREPORT_BRIDGE_OPTION ) );
	foreach ( senreport_bridge_override_choices() as $capability => $label ) {
		printf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $capability ), selected( senreport_bridge_setting( 'override_capability' ), $capability, false ), esc_html( $label ) );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Acknowledging a missing statutory item lets an incomplete report be published in required mode, so it needs this role and a reason of a sentence. Other findings anyone who edits the page may acknowledge.', 'senreport-bridge' ) . '</p>';
}

/**
 * The settings page.
 */
function senreport_bridge_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap">';
	echo '<h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	senreport_bridge_connection_test_notice();
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'senreport_bridge' );
	do_settings_sections( SENREPORT_BRIDGE_PAGE );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'Test the connection', 'senreport-bridge' ) . '</h2>';
	echo '<p>' . esc_html__( 'Asks the service whether it is running (GET /healthz), with the saved address.', 'senreport-bridge' ) . '</p>';
	echo '<form action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" method="post">';
	echo '<input type="hidden" name="action" value="senreport_bridge_test_connection" />';
	wp_nonce_field( 'senreport_bridge_test_connection' );
	submit_button( __( 'Test connection', 'senreport-bridge' ), 'secondary', 'senreport-test-connection', false );
	echo '</form>';
	echo '</div>';
}

/**
 * admin-post action: call GET <service>/healthz, then a signed POST to the service's ping
 * hook (is the shared secret right?), and come back to the page with the result.
 */
function senreport_bridge_handle_test_connection() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'senreport-bridge' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( 'senreport_bridge_test_connection' );
	$result = senreport_bridge_sidecar_request( 'GET', '/healthz', null, SENREPORT_BRIDGE_TIMEOUT, true );
	// The address answers: now a signed request, which the service verifies, tells whether
	// the shared secrets match (every check on save depends on it).
	$result['secret'] = 'none';
	if ( $result['ok'] && '' !== senreport_bridge_shared_secret() ) {
		$ping             = senreport_bridge_sidecar_request(
			'POST',
			'/v1/hooks/wordpress/ping',
			array(
				'site_url'   => home_url(),
				'request_id' => wp_generate_uuid4(),
			)
		);
		$result['secret'] = $ping['ok'] ? 'valid' : ( 'refused' === $ping['error'] ? 'refused' : 'untested' );
		$result['secret_status'] = (int) $ping['status'];
	}
	set_transient( 'senreport_bridge_test_' . get_current_user_id(), $result, 5 * MINUTE_IN_SECONDS );
	wp_safe_redirect( add_query_arg( array( 'page' => SENREPORT_BRIDGE_PAGE, 'senreport-tested' => '1' ), admin_url( 'options-general.php' ) ) );
	exit;
}
add_action( 'admin_post_senreport_bridge_test_connection', 'senreport_bridge_handle_test_connection' );

/**
 * Show the last connection test's result, once.
 */
function senreport_bridge_connection_test_notice() {
	$key    = 'senreport_bridge_test_' . get_current_user_id();
	$result = get_transient( $key );
	if ( ! is_array( $result ) ) {
		return;
	}
	delete_transient( $key );
	if ( $result['ok'] ) {
		$class   = 'notice-success';
		$message = sprintf(
			/* translators: %d: HTTP status code. */
			__( 'The senreport service answered (HTTP %d).', 'senreport-bridge' ),
			$result['status']
		);
		$secret = $result['secret'] ?? 'none';
		if ( '' === senreport_bridge_shared_secret() ) {
			$class    = 'notice-warning';
			$message .= ' ' . __( 'No shared secret is set: checks on save will not run until one is.', 'senreport-bridge' );
		} elseif ( 'valid' === $secret ) {
			$message .= ' ' . __( 'The shared secret matches: checks on save will run.', 'senreport-bridge' );
		} elseif ( 'refused' === $secret ) {
			$class   = 'notice-error';
			$message = __( 'The senreport service answered, but refused a request signed with this site\'s shared secret: the secret here does not match SENREPORT_HOOK_SECRET on the service. Checks on save will fail until they match.', 'senreport-bridge' );
		} else {
			$class    = 'notice-warning';
			$message .= ' ' . sprintf(
				/* translators: %d: HTTP status code. */
				__( 'The shared secret could not be tested (HTTP %d): the service may be an older version.', 'senreport-bridge' ),
				(int) ( $result['secret_status'] ?? 0 )
			);
		}
	} elseif ( 'not_configured' === $result['error'] ) {
		$class   = 'notice-error';
		$message = __( 'There is no service address to test: enter one above and save.', 'senreport-bridge' );
	} elseif ( 0 === $result['status'] ) {
		$class   = 'notice-error';
		$message = sprintf(
			/* translators: %s: the error, e.g. "Connection refused". */
			__( 'The senreport service did not answer: %s', 'senreport-bridge' ),
			$result['detail']
		);
	} else {
		$class   = 'notice-error';
		$message = sprintf(
			/* translators: %d: HTTP status code. */
			__( 'The senreport service answered with an error (HTTP %d).', 'senreport-bridge' ),
			$result['status']
		);
	}
	printf( '<div class="notice %1$s" id="senreport-test-result" role="status"><p>%2$s</p></div>', esc_attr( $class ), esc_html( $message ) );
}
