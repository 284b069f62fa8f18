/**
 * The senreport/section block in the editor: the Schedule 1 item it answers (a SelectControl),
 * guidance while it is empty (what the law asks, the question parents ask), and ordinary core
 * blocks inside. It saves only its inner blocks, with no wrapper.
 *
 * Plain JavaScript over the wp.* globals (no build step); PHP declares the dependencies. The
 * title, description and attributes come from block.json; PHP renders the front end.
 */
( function ( wp, bridge ) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var InnerBlocks = wp.blockEditor.InnerBlocks;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var useSelect = wp.data.useSelect;
	var useDispatch = wp.data.useDispatch;
	var helpers = bridge.helpers;
	var catalogue = bridge.catalogue || [];
	var defaults = bridge.defaults || {};
	var byId = helpers.byId;
	var controlProps = helpers.controlProps;
	var controls = helpers.controls;
	var itemTitle = helpers.itemTitle;
	var statutoryText = helpers.statutoryText;
	var plainText = helpers.plainText;
	var sectionIsEmpty = helpers.sectionIsEmpty;
	var legacyWrapper = helpers.legacyWrapper;

	function itemOptions() {
		return [ { value: '', label: __( 'Choose the item this section answers', 'senreport-bridge' ) } ].concat(
			catalogue.map( function ( item ) {
				return { value: item.id, label: itemTitle( item ) };
			} )
		);
	}

	function Guidance( props ) {
		var item = props.item;
		return el(
			'div',
			{ className: 'senreport-guidance' },
			el( 'p', { className: 'senreport-guidance__title' }, itemTitle( item ) ),
			el(
				'p',
				null,
				el( 'strong', null, __( 'What the law asks for:', 'senreport-bridge' ) ),
				' ',
				statutoryText( item )
			),
			item.question
				? el(
						'p',
						null,
						el( 'strong', null, __( 'The question parents ask:', 'senreport-bridge' ) ),
						' ',
						item.question
				  )
				: null
		);
	}

	/** What PHP adds to items 4 and 13 on the page, shown so nobody writes it twice. */
	function GeneratedNote( props ) {
		var context = props.context || {};
		if ( props.item === '4' ) {
			var senco = context[ 'senreport/senco' ] || defaults.senco || {};
			var who = [ senco.name, senco.email, senco.phone ].filter( Boolean ).join( ', ' );
			return el(
				'p',
				{ className: 'senreport-generated-note' },
				who
					? /* translators: %s: the SENCO's name, email and telephone. */
					  sprintf( __( 'On the page, this section ends with the SENCO\'s contact details: %s.', 'senreport-bridge' ), who )
					: __( 'Add the SENCO\'s name, email and telephone in the report\'s settings: the page shows them at the end of this section.', 'senreport-bridge' )
			);
		}
		if ( props.item === '13' ) {
			var offer = context[ 'senreport/localOffer' ] || {};
			var url = offer.url || ( defaults.localOffer || {} ).url;
			return el(
				'p',
				{ className: 'senreport-generated-note' },
				url
					? /* translators: %s: the Local Offer's address. */
					  sprintf( __( 'On the page, this section ends with a link to the Local Offer: %s.', 'senreport-bridge' ), url )
					: __( 'Add the Local Offer\'s address in the report\'s settings: the page links to it at the end of this section.', 'senreport-bridge' )
			);
		}
		return null;
	}

	function SectionEdit( props ) {
		var itemId = props.attributes.item || '';
		var item = byId[ itemId ];
		var blockProps = useBlockProps( { className: 'senreport-section-editor', 'data-item': itemId || undefined } );
		var inner = useSelect(
			function ( select ) {
				return select( 'core/block-editor' ).getBlocks( props.clientId );
			},
			[ props.clientId ]
		);
		var updateBlockAttributes = useDispatch( 'core/block-editor' ).updateBlockAttributes;
		var empty = sectionIsEmpty( inner );

		function chooseItem( value ) {
			var next = byId[ value ];
			// A heading still saying what the old item's heading says follows the new item.
			var heading = inner[ 0 ] && inner[ 0 ].name === 'core/heading' ? inner[ 0 ] : null;
			if ( heading && next ) {
				var text = plainText( heading.attributes.content );
				if ( ! text || ( item && text === item.heading ) ) {
					updateBlockAttributes( heading.clientId, { content: next.heading } );
				}
			}
			props.setAttributes( { item: value || undefined } );
		}

		var select = el( SelectControl, controlProps( {
			label: __( 'Schedule 1 item', 'senreport-bridge' ),
			value: itemId,
			options: itemOptions(),
			onChange: chooseItem,
		} ) );
		// No placeholder attributes here: they would be saved into the markup. The guidance
		// above the blocks says what to write until the section has some text.
		var template = [ [ 'core/heading', { level: 2, content: item ? item.heading : '' } ], [ 'core/paragraph', {} ] ];

		return el(
			'div',
			blockProps,
			el( InspectorControls, null, el( PanelBody, { title: __( 'Section', 'senreport-bridge' ) }, controls( select ) ) ),
			item ? null : el( 'div', { className: 'senreport-section-editor__choose' }, select ),
			item && empty ? el( Guidance, { item: item } ) : null,
			el( InnerBlocks, { template: template, templateLock: false } ),
			item ? el( GeneratedNote, { item: itemId, context: props.context } ) : null
		);
	}

	// Short names for List View, where a row has room for a few words ("4. SENCO").
	var SHORT_NAMES = {
		1: __( 'Kinds of SEN', 'senreport-bridge' ),
		2: __( 'Finding needs', 'senreport-bridge' ),
		'3a': __( 'Is support working?', 'senreport-bridge' ),
		'3b': __( 'Checking progress', 'senreport-bridge' ),
		'3c': __( 'Teaching', 'senreport-bridge' ),
		'3d': __( 'Adapting the curriculum', 'senreport-bridge' ),
		'3e': __( 'Extra help', 'senreport-bridge' ),
		'3f': __( 'Joining in', 'senreport-bridge' ),
		'3g': __( 'Wellbeing', 'senreport-bridge' ),
		4: __( 'SENCO', 'senreport-bridge' ),
		5: __( 'Staff training', 'senreport-bridge' ),
		6: __( 'Equipment and facilities', 'senreport-bridge' ),
		7: __( 'Involving parents', 'senreport-bridge' ),
		8: __( 'Involving your child', 'senreport-bridge' ),
		9: __( 'Complaints', 'senreport-bridge' ),
		10: __( 'Working with others', 'senreport-bridge' ),
		11: __( 'Advice and support', 'senreport-bridge' ),
		12: __( 'Moving on', 'senreport-bridge' ),
		13: __( 'Local Offer', 'senreport-bridge' ),
	};

	/** The label of a section in List View and to screen readers: "4. SENCO". */
	function sectionLabel( attributes ) {
		var item = byId[ attributes.item ];
		if ( ! item ) {
			return __( 'SEN report section', 'senreport-bridge' );
		}
		if ( item.id === 'other' ) {
			return itemTitle( item );
		}
		// "4. SENCO", "3(a) Is support working?"
		return item.label + ( /\)$/.test( item.label ) ? ' ' : '. ' ) + ( SHORT_NAMES[ item.id ] || item.heading );
	}

	wp.blocks.registerBlockType( 'senreport/section', {
		__experimentalLabel: sectionLabel,
		edit: SectionEdit,
		save: function () {
			return el( InnerBlocks.Content );
		},
		deprecated: [ legacyWrapper( { item: { type: 'string' } } ) ],
	} );
} )( window.wp, window.senreportBridge );
