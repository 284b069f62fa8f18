/**
 * The senreport/local-offer-link block in the editor. Dynamic: it saves nothing, and accepts
 * (through a deprecation) the fallback <p> senreport writes inside it.
 *
 * Plain JavaScript over the wp.* globals (no build step); PHP declares the dependencies. The
 * title, description and attributes come from block.json; PHP renders the front end.
 */
( function ( wp, bridge ) {
	'use strict';

	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var RawHTML = wp.element.RawHTML;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var helpers = bridge.helpers;
	var defaults = bridge.defaults || {};
	var controlProps = helpers.controlProps;
	var controls = helpers.controls;

	function linkText( authority ) {
		return authority
			? /* translators: %s: a local authority's name. */
			  sprintf( __( '%s\'s Local Offer', 'senreport-bridge' ), authority )
			: __( 'The local authority\'s Local Offer', 'senreport-bridge' );
	}

	function LocalOfferEdit( props ) {
		var a = props.attributes;
		var site = defaults.localOffer || {};
		var url = a.url || site.url || '';
		var authority = a.url ? a.authority || '' : a.authority || site.authority || '';
		var blockProps = useBlockProps();
		return el(
			Fragment,
			null,
			el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Local Offer', 'senreport-bridge' ) },
					controls(
						el(
							TextControl,
							controlProps( {
								label: __( 'Local authority', 'senreport-bridge' ),
								value: a.authority || '',
								onChange: function ( value ) {
									props.setAttributes( { authority: value || undefined } );
								},
							} )
						),
						el(
							TextControl,
							controlProps( {
								label: __( 'Local Offer address', 'senreport-bridge' ),
								type: 'url',
								value: a.url || '',
								help: __( 'Leave empty to use the Local Offer set in Settings > senreport.', 'senreport-bridge' ),
								onChange: function ( value ) {
									props.setAttributes( { url: value || undefined } );
								},
							} )
						)
					)
				)
			),
			el(
				'p',
				blockProps,
				url
					? [
							el(
								'a',
								{
									key: 'link',
									href: url,
									onClick: function ( event ) {
										event.preventDefault();
									},
								},
								linkText( authority )
							),
							el( Fragment, { key: 'rest' }, __( ': support for children and young people with special educational needs and disabilities.', 'senreport-bridge' ) ),
					  ]
					: el( 'em', null, __( 'Add the Local Offer\'s address in the block settings, or in Settings > senreport.', 'senreport-bridge' ) )
			)
		);
	}

	wp.blocks.registerBlockType( 'senreport/local-offer-link', {
		edit: LocalOfferEdit,
		save: function () {
			return null;
		},
		deprecated: [
			{
				// The fallback markup senreport writes inside the block (a <p> with the link):
				// PHP renders the block afresh, so whatever was stored is accepted and dropped.
				apiVersion: 2,
				attributes: {
					authority: { type: 'string' },
					url: { type: 'string' },
					storedHtml: { type: 'string', source: 'html' },
				},
				supports: { html: false },
				save: function ( props ) {
					return el( RawHTML, null, props.attributes.storedHtml || '' );
				},
				migrate: function ( attrs ) {
					return { authority: attrs.authority, url: attrs.url };
				},
			},
		],
	} );

	/** For editor.js: the same helpers, one copy. */
} )( window.wp, window.senreportBridge );
