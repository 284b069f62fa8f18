/**
 * The senreport/report block in the editor: the whole report, its structured fields in the
 * inspector, and its sections. It saves only its inner blocks, with no wrapper (the markup
 * senreport writes).
 *
 * Plain JavaScript over the wp.* globals (no build step); PHP declares the dependencies. The
 * title, description and attributes come from block.json; PHP renders the front end.
 */
( function ( wp, bridge ) {
	'use strict';

	var el = wp.element.createElement;
	var useEffect = wp.element.useEffect;
	var __ = wp.i18n.__;
	var InnerBlocks = wp.blockEditor.InnerBlocks;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var helpers = bridge.helpers;
	var catalogue = bridge.catalogue || [];
	var defaults = bridge.defaults || {};
	var controlProps = helpers.controlProps;
	var controls = helpers.controls;
	var withField = helpers.withField;
	var compact = helpers.compact;
	var fieldControl = helpers.fieldControl;
	var dateControl = helpers.dateControl;
	var legacyWrapper = helpers.legacyWrapper;

	var SECTION_TEMPLATE = catalogue
		.filter( function ( item ) {
			return item.id !== 'other';
		} )
		.map( function ( item ) {
			return [ 'senreport/section', { item: item.id } ];
		} );

	function ReportEdit( props ) {
		var a = props.attributes;
		var blockProps = useBlockProps( { className: 'senreport-report-editor' } );

		// A newly inserted report (no fields, no sections yet) starts from the school's
		// settings. A report loaded from a page is never changed just by opening it.
		useEffect( function () {
			var fresh = wp.data.select( 'core/block-editor' ).getBlockCount( props.clientId ) === 0;
			if ( ! fresh || Object.keys( a ).some( function ( key ) { return a[ key ] !== undefined; } ) ) {
				return;
			}
			var senco = defaults.senco || {};
			var offer = defaults.localOffer || {};
			props.setAttributes( {
				kind: 'sen-report',
				school: compact( { name: defaults.schoolName, type: defaults.schoolType } ),
				senco: compact( senco ),
				local_offer: offer.url ? compact( offer ) : undefined,
			} );
		}, [] );

		var school = a.school || {};
		var schoolType = school.type || defaults.schoolType || 'mainstream';
		var inspector = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'School', 'senreport-bridge' ), initialOpen: true },
				controls(
					fieldControl( props, 'school', 'name', __( 'School name', 'senreport-bridge' ) ),
					el(
						SelectControl,
						controlProps( {
							label: __( 'Type of school', 'senreport-bridge' ),
							value: schoolType,
							options: bridge.schoolTypes || [],
							help: __( 'Items 2 and 4 apply to mainstream schools and maintained nursery schools only.', 'senreport-bridge' ),
							onChange: function ( value ) {
								props.setAttributes( { school: withField( a.school, 'type', value ) } );
							},
						} )
					),
					fieldControl( props, 'school', 'url', __( 'School website', 'senreport-bridge' ), 'url' )
				)
			),
			el(
				PanelBody,
				{ title: __( 'SENCO', 'senreport-bridge' ), initialOpen: true },
				controls(
					fieldControl( props, 'senco', 'name', __( 'Name', 'senreport-bridge' ) ),
					fieldControl( props, 'senco', 'title', __( 'Job title', 'senreport-bridge' ), 'text', __( 'For example SENCO, or Inclusion Manager.', 'senreport-bridge' ) ),
					fieldControl( props, 'senco', 'email', __( 'Email', 'senreport-bridge' ), 'email' ),
					fieldControl( props, 'senco', 'phone', __( 'Telephone', 'senreport-bridge' ), 'tel' )
				)
			),
			el(
				PanelBody,
				{ title: __( 'Local Offer', 'senreport-bridge' ), initialOpen: false },
				controls(
					fieldControl( props, 'local_offer', 'authority', __( 'Local authority', 'senreport-bridge' ) ),
					fieldControl( props, 'local_offer', 'url', __( 'Local Offer address', 'senreport-bridge' ), 'url' )
				)
			),
			el(
				PanelBody,
				{ title: __( 'Review dates', 'senreport-bridge' ), initialOpen: false },
				controls(
					dateControl( props, 'reviewed', __( 'Last reviewed', 'senreport-bridge' ) ),
					dateControl( props, 'next_review', __( 'Next review due', 'senreport-bridge' ) )
				)
			)
		);

		return el(
			'div',
			blockProps,
			inspector,
			el(
				'div',
				{ className: 'senreport-report-editor__header' },
				el( 'span', { className: 'senreport-report-editor__title' }, __( 'SEN information report', 'senreport-bridge' ) ),
				school.name ? el( 'span', { className: 'senreport-report-editor__school' }, school.name ) : null
			),
			el( InnerBlocks, {
				allowedBlocks: [ 'senreport/section' ],
				template: SECTION_TEMPLATE,
				templateLock: false,
				renderAppender: InnerBlocks.ButtonBlockAppender,
			} )
		);
	}

	var REPORT_ATTRIBUTES = {
		kind: { type: 'string' },
		school: { type: 'object' },
		senco: { type: 'object' },
		local_offer: { type: 'object' },
		reviewed: { type: 'string' },
		next_review: { type: 'string' },
	};

	wp.blocks.registerBlockType( 'senreport/report', {
		edit: ReportEdit,
		save: function () {
			return el( InnerBlocks.Content );
		},
		deprecated: [ legacyWrapper( REPORT_ATTRIBUTES ) ],
	} );
} )( window.wp, window.senreportBridge );
