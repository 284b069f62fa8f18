/**
 * What the senreport block scripts share: the catalogue (from PHP, inline before this file),
 * small helpers, and the controls' layout. Exposed as window.senreportBridge.helpers.
 *
 * Plain JavaScript over the wp.* globals (no build step); PHP declares the dependencies.
 */
( function ( wp, bridge ) {
	'use strict';

	var el = wp.element.createElement;
	var RawHTML = wp.element.RawHTML;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var TextControl = wp.components.TextControl;

	bridge = bridge || {};
	var catalogue = bridge.catalogue || [];
	var byId = {};
	catalogue.forEach( function ( item ) {
		byId[ item.id ] = item;
	} );

	/**
	 * Props for a TextControl or SelectControl: opt into the layout WordPress 6.7+ asks for
	 * (no bottom margin, 40px high), spaced by the .senreport-controls wrapper instead.
	 * WordPress 6.1 knows __nextHasNoMarginBottom and ignores the other.
	 */
	function controlProps( props ) {
		return Object.assign( { __nextHasNoMarginBottom: true, __next40pxDefaultSize: true }, props );
	}

	/** Controls of one panel, spaced evenly. */
	function controls() {
		return el.apply( null, [ 'div', { className: 'senreport-controls' } ].concat( Array.prototype.slice.call( arguments ) ) );
	}

	/** "Item 3(a): How do we know our support is working?" */
	function itemTitle( item ) {
		if ( item.id === 'other' ) {
			/* translators: %s: a section heading. */
			return sprintf( __( 'Other: %s', 'senreport-bridge' ), item.heading );
		}
		/* translators: 1: a Schedule 1 item such as 3(a), 2: its heading. */
		return sprintf( __( 'Item %1$s: %2$s', 'senreport-bridge' ), item.label, item.heading );
	}

	/** The statutory wording, with item 3's lead-in before 3(a)-(g). */
	function statutoryText( item ) {
		if ( /^3[a-g]$/.test( item.id ) && bridge.item3LeadIn ) {
			return bridge.item3LeadIn + ' ' + item.wording;
		}
		return item.wording;
	}

	/** Plain text of a rich-text value (a string, or RichTextData from WordPress 6.5 on). */
	function plainText( value ) {
		if ( value === undefined || value === null ) {
			return '';
		}
		return String( value ).replace( /<[^>]*>/g, '' ).replace( /&nbsp;|\s+/g, ' ' ).trim();
	}

	/** Whether a section holds nothing but its heading and empty paragraphs. */
	function sectionIsEmpty( blocks ) {
		return blocks.every( function ( block ) {
			if ( block.name === 'core/heading' ) {
				return true;
			}
			return (
				block.name === 'core/paragraph' &&
				! plainText( block.attributes.content ) &&
				! ( block.innerBlocks && block.innerBlocks.length )
			);
		} );
	}

	/** A copy of an object attribute with one field set ('' removes it; nothing left: undefined). */
	function withField( current, key, value ) {
		var next = Object.assign( {}, current || {} );
		if ( value === '' || value === undefined || value === null ) {
			delete next[ key ];
		} else {
			next[ key ] = value;
		}
		return Object.keys( next ).length ? next : undefined;
	}

	/** An object without its empty fields (undefined when none is left). */
	function compact( values ) {
		var out = {};
		Object.keys( values || {} ).forEach( function ( key ) {
			if ( values[ key ] ) {
				out[ key ] = values[ key ];
			}
		} );
		return Object.keys( out ).length ? out : undefined;
	}

	function fieldControl( props, group, key, label, type, help ) {
		var current = ( props.attributes[ group ] || {} )[ key ] || '';
		return el( TextControl, controlProps( {
			label: label,
			type: type || 'text',
			value: current,
			help: help,
			onChange: function ( value ) {
				var change = {};
				change[ group ] = withField( props.attributes[ group ], key, value );
				props.setAttributes( change );
			},
		} ) );
	}

	function dateControl( props, key, label ) {
		return el( TextControl, controlProps( {
			label: label,
			type: 'date',
			value: props.attributes[ key ] || '',
			onChange: function ( value ) {
				var change = {};
				change[ key ] = value || undefined;
				props.setAttributes( change );
			},
		} ) );
	}

	/**
	 * A deprecation that accepts the wrapper <div> older markup put around the inner blocks,
	 * and nothing else: other stray HTML still shows as invalid instead of being dropped.
	 */
	function legacyWrapper( attributes ) {
		var all = Object.assign( {}, attributes, {
			legacyWrapper: { type: 'string', source: 'html' },
		} );
		return {
			// Without it a deprecation counts as API version 1, whose save output gets the
			// generated class name: RawHTML would then be wrapped in a <div> and never match.
			apiVersion: 2,
			attributes: all,
			supports: { html: false },
			save: function ( props ) {
				var wrapper = props.attributes.legacyWrapper || '';
				if ( ! /^\s*<div[^>]*>\s*<\/div>\s*$/.test( wrapper ) ) {
					return null;
				}
				return el( RawHTML, null, wrapper.trim() );
			},
			migrate: function ( attrs, innerBlocks ) {
				var next = Object.assign( {}, attrs );
				delete next.legacyWrapper;
				return [ next, innerBlocks ];
			},
		};
	}

	bridge.helpers = {
		byId: byId,
		controlProps: controlProps,
		controls: controls,
		itemTitle: itemTitle,
		statutoryText: statutoryText,
		plainText: plainText,
		sectionIsEmpty: sectionIsEmpty,
		withField: withField,
		compact: compact,
		fieldControl: fieldControl,
		dateControl: dateControl,
		legacyWrapper: legacyWrapper,
	};
	window.senreportBridge = bridge;
} )( window.wp, window.senreportBridge );
