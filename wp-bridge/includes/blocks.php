<?php
/**
 * The three blocks: registration and their front-end markup.
 *
 * All three are dynamic. senreport writes the report and section blocks without wrapper HTML
 * (only the comment delimiters around the inner blocks), so PHP draws the wrappers, the
 * section anchors, the SENCO's contact line and the Local Offer link from the structured
 * attributes, and the page always shows the current settings.
 *
 * @package senreport-bridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Register the editor scripts and style the blocks' block.json files name by handle: one
 * script per block, and the helpers and catalogue they share.
 */
function senreport_bridge_register_block_assets() {
	$url = plugins_url( 'assets/', SENREPORT_BRIDGE_FILE );
	wp_register_script(
		'senreport-bridge-shared',
		$url . 'shared.js',
		array( 'wp-components', 'wp-element', 'wp-i18n' ),
		SENREPORT_BRIDGE_VERSION,
		true
	);
	$block_deps = array( 'senreport-bridge-shared', 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-i18n' );
	foreach ( array( 'report', 'section', 'local-offer-link' ) as $block ) {
		wp_register_script( 'senreport-bridge-' . $block, $url . 'block-' . $block . '.js', $block_deps, SENREPORT_BRIDGE_VERSION, true );
	}
	foreach ( array( 'shared', 'report', 'section', 'local-offer-link' ) as $handle ) {
		wp_set_script_translations( 'senreport-bridge-' . $handle, 'senreport-bridge', SENREPORT_BRIDGE_DIR . '/languages' );
	}
	wp_register_style(
		'senreport-bridge-blocks-editor',
		$url . 'blocks-editor.css',
		array(),
		SENREPORT_BRIDGE_VERSION
	);
}
add_action( 'init', 'senreport_bridge_register_block_assets', 5 );

/**
 * Hand the catalogue and the site's defaults to the block scripts, in block editors only.
 */
function senreport_bridge_add_script_data() {
	wp_add_inline_script( 'senreport-bridge-shared', 'window.senreportBridge = ' . wp_json_encode( senreport_bridge_script_data() ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'senreport_bridge_add_script_data', 1 );

/**
 * What the editor scripts need from PHP: the catalogue and the site's defaults.
 *
 * @return array
 */
function senreport_bridge_script_data() {
	return array(
		'catalogue'    => senreport_bridge_catalogue(),
		'item3LeadIn'  => senreport_bridge_item_3_lead_in(),
		'schoolTypes'  => array(
			array( 'value' => 'mainstream', 'label' => __( 'Mainstream school', 'senreport-bridge' ) ),
			array( 'value' => 'nursery', 'label' => __( 'Maintained nursery school', 'senreport-bridge' ) ),
			array( 'value' => 'special', 'label' => __( 'Special school', 'senreport-bridge' ) ),
			array( 'value' => 'post16', 'label' => __( 'Post-16 institution', 'senreport-bridge' ) ),
		),
		'defaults'     => array(
			'schoolName' => get_bloginfo( 'name' ),
			'schoolType' => senreport_bridge_school_type(),
			'senco'      => senreport_bridge_default_senco(),
			'localOffer' => senreport_bridge_default_local_offer(),
		),
		'requiredMode' => senreport_bridge_required_mode(),
		'canOverride'  => senreport_bridge_can_override(),
		'minReason'    => SENREPORT_BRIDGE_MIN_REASON,
	);
}

/**
 * Register the blocks from their block.json files, each with its PHP renderer.
 */
function senreport_bridge_register_blocks() {
	$blocks = array(
		'report'           => 'senreport_bridge_render_report',
		'section'          => 'senreport_bridge_render_section',
		'local-offer-link' => 'senreport_bridge_render_local_offer_link',
	);
	foreach ( $blocks as $dir => $render ) {
		register_block_type( SENREPORT_BRIDGE_DIR . '/blocks/' . $dir, array( 'render_callback' => $render ) );
	}
}
add_action( 'init', 'senreport_bridge_register_blocks' );

/**
 * The report: its sections, then when it was reviewed.
 *
 * @param array    $attributes Block attributes.
 * @param string   $content    Rendered inner blocks.
 * @return string
 */
function senreport_bridge_render_report( $attributes, $content ) {
	return sprintf(
		'<div %1$s>%2$s%3$s</div>',
		get_block_wrapper_attributes( array( 'class' => 'senreport-report' ) ),
		$content,
		senreport_bridge_review_line( $attributes )
	);
}

/**
 * One section: an anchor named after its item, its content, and for items 4 and 13 the lines
 * drawn from the report's structured fields (SENCO contact, Local Offer link).
 *
 * @param array    $attributes Block attributes.
 * @param string   $content    Rendered inner blocks.
 * @param WP_Block $block      The block, with the report's context.
 * @return string
 */
function senreport_bridge_render_section( $attributes, $content, $block = null ) {
	$item    = isset( $attributes['item'] ) && in_array( $attributes['item'], senreport_bridge_item_ids(), true ) ? $attributes['item'] : '';
	$context = $block instanceof WP_Block ? $block->context : array();
	$extra   = '';
	if ( '4' === $item ) {
		$extra = senreport_bridge_contact_paragraph( senreport_bridge_pick_senco( $context['senreport/senco'] ?? null ) );
	} elseif ( '13' === $item && ! ( $block instanceof WP_Block && senreport_bridge_contains_block( $block->parsed_block, 'senreport/local-offer-link' ) ) ) {
		$offer = senreport_bridge_pick_local_offer( $context['senreport/localOffer'] ?? null );
		$extra = senreport_bridge_local_offer_paragraph( $offer['authority'], $offer['url'], 'class="senreport-local-offer"' );
	}
	$wrapper = array( 'class' => 'senreport-section' );
	if ( '' !== $item ) {
		$wrapper['id']        = senreport_bridge_unique_id( 'item-' . $item );
		$wrapper['data-item'] = $item;
	}
	return sprintf( '<section %1$s>%2$s%3$s</section>', get_block_wrapper_attributes( $wrapper ), $content, $extra );
}

/**
 * The Local Offer link block (what it stored, if anything, is ignored: this is always current).
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function senreport_bridge_render_local_offer_link( $attributes ) {
	$offer = senreport_bridge_pick_local_offer( $attributes );
	return senreport_bridge_local_offer_paragraph( $offer['authority'], $offer['url'], get_block_wrapper_attributes() );
}

/**
 * A paragraph linking to a Local Offer; the link text names the authority ('' without a URL).
 *
 * @param string $authority  The local authority's name ('' if unknown).
 * @param string $url        The Local Offer's address.
 * @param string $attributes The paragraph's attributes, already escaped.
 * @return string
 */
function senreport_bridge_local_offer_paragraph( $authority, $url, $attributes ) {
	$url = esc_url( (string) $url, array( 'http', 'https' ) );
	if ( '' === $url ) {
		return '';
	}
	$text = '' !== trim( (string) $authority )
		/* translators: %s: a local authority's name, e.g. "Exampleshire County Council". */
		? sprintf( __( "%s's Local Offer", 'senreport-bridge' ), trim( (string) $authority ) )
		: __( "The local authority's Local Offer", 'senreport-bridge' );
	return sprintf(
		'<p %1$s><a href="%2$s">%3$s</a>%4$s</p>',
		$attributes,
		$url,
		esc_html( $text ),
		esc_html__( ': support for children and young people with special educational needs and disabilities.', 'senreport-bridge' )
	);
}

/**
 * The SENCO's name and how to reach them, as one paragraph ('' when nothing is known).
 *
 * @param array $senco name, title, email, phone.
 * @return string
 */
function senreport_bridge_contact_paragraph( $senco ) {
	$name  = trim( (string) ( $senco['name'] ?? '' ) );
	$title = trim( (string) ( $senco['title'] ?? '' ) );
	$email = sanitize_email( (string) ( $senco['email'] ?? '' ) );
	$phone = trim( (string) ( $senco['phone'] ?? '' ) );
	$parts = array();
	if ( '' !== $name ) {
		$parts[] = sprintf(
			/* translators: 1: a job title such as "SENCO", 2: the person's name (HTML). */
			esc_html__( 'Our %1$s is %2$s.', 'senreport-bridge' ),
			esc_html( '' !== $title ? $title : __( 'SENCO', 'senreport-bridge' ) ),
			'<span class="senreport-senco-name">' . esc_html( $name ) . '</span>'
		);
	}
	if ( '' !== $email ) {
		$parts[] = sprintf(
			/* translators: %s: an e-mail link (HTML). */
			esc_html__( 'Email: %s.', 'senreport-bridge' ),
			'<a href="' . esc_url( 'mailto:' . $email, array( 'mailto' ) ) . '">' . esc_html( $email ) . '</a>'
		);
	}
	if ( '' !== $phone ) {
		// Dial the number itself, without an extension ("01632 960123 ext. 214").
		$digits  = preg_replace( '/[^0-9+]/', '', preg_split( '/ext/i', $phone )[0] );
		$link    = '' !== $digits
			? '<a href="' . esc_url( 'tel:' . $digits, array( 'tel' ) ) . '">' . esc_html( $phone ) . '</a>'
			: esc_html( $phone );
		$parts[] = sprintf(
			/* translators: %s: a telephone link (HTML). */
			esc_html__( 'Telephone: %s.', 'senreport-bridge' ),
			$link
		);
	}
	return $parts ? '<p class="senreport-contact">' . implode( ' ', $parts ) . '</p>' : '';
}

/**
 * When the report was reviewed and will next be ('' when neither is a valid date).
 *
 * @param array $attributes The report's attributes.
 * @return string
 */
function senreport_bridge_review_line( $attributes ) {
	$parts    = array();
	$reviewed = senreport_bridge_parse_date( $attributes['reviewed'] ?? '' );
	$next     = senreport_bridge_parse_date( $attributes['next_review'] ?? '' );
	if ( $reviewed ) {
		$parts[] = sprintf(
			/* translators: %s: a date (HTML <time> element). */
			esc_html__( 'This report was reviewed on %s.', 'senreport-bridge' ),
			senreport_bridge_time_element( $reviewed )
		);
	}
	if ( $next ) {
		$parts[] = sprintf(
			/* translators: %s: a date (HTML <time> element). */
			esc_html__( 'It will next be reviewed by %s.', 'senreport-bridge' ),
			senreport_bridge_time_element( $next )
		);
	}
	return $parts ? '<p class="senreport-review">' . implode( ' ', $parts ) . '</p>' : '';
}

/**
 * A YYYY-MM-DD date, or null.
 *
 * @param mixed $value Attribute value.
 * @return DateTimeImmutable|null
 */
function senreport_bridge_parse_date( $value ) {
	if ( ! is_string( $value ) || ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) || ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ) {
		return null;
	}
	$date = DateTimeImmutable::createFromFormat( '!Y-m-d', $value, new DateTimeZone( 'UTC' ) );
	return $date ? $date : null;
}

/**
 * A date as a parent reads it (1 September 2026), machine-readable too.
 *
 * @param DateTimeImmutable $date The date (midnight UTC).
 * @return string
 */
function senreport_bridge_time_element( $date ) {
	return sprintf(
		'<time datetime="%1$s">%2$s</time>',
		esc_attr( $date->format( 'Y-m-d' ) ),
		esc_html( wp_date( 'j F Y', $date->getTimestamp(), new DateTimeZone( 'UTC' ) ) )
	);
}

/**
 * The report's SENCO, or the site's when the report names nobody.
 *
 * @param mixed $senco The report's senco attribute.
 * @return array
 */
function senreport_bridge_pick_senco( $senco ) {
	$senco = is_array( $senco ) ? $senco : array();
	foreach ( array( 'name', 'email', 'phone' ) as $key ) {
		if ( '' !== trim( (string) ( $senco[ $key ] ?? '' ) ) ) {
			return $senco;
		}
	}
	return senreport_bridge_default_senco();
}

/**
 * A Local Offer from attributes, or the site's when they hold no address.
 *
 * @param mixed $offer authority and url.
 * @return array{authority: string, url: string}
 */
function senreport_bridge_pick_local_offer( $offer ) {
	$offer = is_array( $offer ) ? $offer : array();
	if ( '' === trim( (string) ( $offer['url'] ?? '' ) ) ) {
		return senreport_bridge_default_local_offer();
	}
	return array(
		'authority' => (string) ( $offer['authority'] ?? '' ),
		'url'       => (string) $offer['url'],
	);
}

/**
 * Whether a parsed block holds a block of this name among its descendants.
 *
 * @param array  $parsed A parse_blocks() entry.
 * @param string $name   Block name.
 * @return bool
 */
function senreport_bridge_contains_block( $parsed, $name ) {
	foreach ( $parsed['innerBlocks'] ?? array() as $inner ) {
		if ( ( $inner['blockName'] ?? '' ) === $name || senreport_bridge_contains_block( $inner, $name ) ) {
			return true;
		}
	}
	return false;
}

/**
 * An id not yet used on this page (a report repeating an item must not repeat an id).
 *
 * @param string $id Wanted id.
 * @return string
 */
function senreport_bridge_unique_id( $id ) {
	static $used = array();
	$candidate = $id;
	for ( $n = 2; isset( $used[ $candidate ] ); $n++ ) {
		$candidate = $id . '-' . $n;
	}
	$used[ $candidate ] = true;
	return $candidate;
}
