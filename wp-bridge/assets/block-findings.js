/**
 * senreport findings on the blocks they are about.
 *
 * The service locates each finding in block markup by `location.block`: the indexes from the
 * top-level block list down to the innermost block holding it ([0, 4, 2]). Here that path is
 * followed through the editor's own block tree to a block, which then gets
 * - a mark in the canvas: an icon and a few words ("⚠ Should fix: 1 problem"), drawn by
 *   blocks-editor.css from a data attribute on the block's wrapper, so it is not colour alone;
 * - its findings in its own settings (the block inspector);
 * and the "SEN report checks" panel can select and scroll to the block of a finding, and step
 * through them in page order ("Previous issue", "Next issue").
 *
 * Sections (senreport/section) are also marked by the findings of their Schedule 1 item.
 * Exposed as window.senreportBridge.blockFindings for editor.js.
 */
( function ( wp, bridge ) {
	'use strict';

	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var __ = wp.i18n.__;
	var _n = wp.i18n._n;
	var sprintf = wp.i18n.sprintf;
	var data = wp.data;
	var useSelect = data.useSelect;
	var PanelBody = wp.components.PanelBody;
	var InspectorControls = wp.blockEditor.InspectorControls;

	var checks = bridge.checks;
	var STORE = checks.STORE;
	var SEVERITY_LABELS = {
		error: __( 'Must fix', 'senreport-bridge' ),
		warning: __( 'Should fix', 'senreport-bridge' ),
		info: __( 'Suggestion', 'senreport-bridge' ),
	};
	var SEVERITY_ICONS = { error: '⛔', warning: '⚠', info: 'ℹ' };
	var RANK = { error: 0, warning: 1, info: 2 };

	/** The block at a path of indexes in a block tree, or null. */
	function blockAt( blocks, path ) {
		var block = null;
		var list = blocks;
		for ( var i = 0; i < path.length; i++ ) {
			if ( ! list || typeof path[ i ] !== 'number' || ! list[ path[ i ] ] ) {
				return null;
			}
			block = list[ path[ i ] ];
			list = block.innerBlocks;
		}
		return block;
	}

	function pathOf( finding ) {
		var location = finding && finding.location;
		return location && Array.isArray( location.block ) && location.block.length ? location.block : null;
	}

	function compare( a, b ) {
		for ( var i = 0; i < Math.min( a.length, b.length ); i++ ) {
			if ( a[ i ] !== b[ i ] ) {
				return a[ i ] - b[ i ];
			}
		}
		return a.length - b.length;
	}

	// One map from client id to findings, worked out again only when the findings or the
	// block tree change (both are new objects when they do).
	var cache = { record: undefined, blocks: undefined, value: null };

	/**
	 * The open findings placed on blocks: {byClient: {clientId: [finding]}, ordered: [{finding,
	 * clientId}] in page order}.
	 */
	function located( record, blocks ) {
		if ( cache.record === record && cache.blocks === blocks && cache.value ) {
			return cache.value;
		}
		var byClient = {};
		var ordered = [];
		checks.findingsOf( record ).forEach( function ( finding ) {
			var path = pathOf( finding );
			var block = path ? blockAt( blocks, path ) : null;
			if ( ! block || finding.acknowledged ) {
				return;
			}
			( byClient[ block.clientId ] = byClient[ block.clientId ] || [] ).push( finding );
			ordered.push( { finding: finding, clientId: block.clientId, path: path } );
		} );
		ordered.sort( function ( a, b ) {
			return compare( a.path, b.path );
		} );
		cache = { record: record, blocks: blocks, value: { byClient: byClient, ordered: ordered } };
		return cache.value;
	}

	function currentLocated() {
		return located( data.select( STORE ).getFindings(), data.select( 'core/block-editor' ).getBlocks() );
	}

	/** The client id of a finding's block in the editor now, or null. */
	function clientIdOf( finding ) {
		var path = pathOf( finding );
		var block = path ? blockAt( data.select( 'core/block-editor' ).getBlocks(), path ) : null;
		return block ? block.clientId : null;
	}

	/** A block's element in the canvas (in the editor-canvas iframe when there is one). */
	function blockElement( clientId ) {
		var selector = '[data-block="' + clientId + '"]';
		var node = document.querySelector( selector );
		var frame = document.querySelector( 'iframe[name="editor-canvas"]' );
		if ( ! node && frame && frame.contentDocument ) {
			node = frame.contentDocument.querySelector( selector );
		}
		return node;
	}

	/** Select a block and bring it to the middle of the screen. */
	function showBlock( clientId ) {
		if ( ! clientId ) {
			return false;
		}
		data.dispatch( 'core/block-editor' ).selectBlock( clientId );
		// The block's own settings, where its findings and "Next issue" are.
		var editPost = data.dispatch( 'core/edit-post' );
		if ( editPost && editPost.openGeneralSidebar ) {
			editPost.openGeneralSidebar( 'edit-post/block' );
		}
		var scroll = function () {
			var node = blockElement( clientId );
			if ( node && node.scrollIntoView ) {
				node.scrollIntoView( { block: 'center' } );
			}
		};
		scroll();
		window.setTimeout( scroll, 100 ); // after the editor has drawn the selection
		return true;
	}

	/** Step to the next (+1) or previous (-1) located finding from the selected block. */
	function step( direction ) {
		var ordered = currentLocated().ordered;
		if ( ! ordered.length ) {
			return null;
		}
		var selected = data.select( 'core/block-editor' ).getSelectedBlockClientId();
		// The findings of one block sit together (page order): step past all of them.
		var first = -1;
		var last = -1;
		ordered.forEach( function ( entry, index ) {
			if ( entry.clientId === selected ) {
				first = first === -1 ? index : first;
				last = index;
			}
		} );
		var count = ordered.length;
		var next;
		if ( first === -1 ) {
			next = direction > 0 ? 0 : count - 1;
		} else {
			next = direction > 0 ? ( last + 1 ) % count : ( first - 1 + count ) % count;
		}
		showBlock( ordered[ next ].clientId );
		return { index: next, count: ordered.length, finding: ordered[ next ].finding };
	}

	/**
	 * "Previous issue" and "Next issue", through the findings placed on blocks in page order,
	 * with where the selected block stands among them. Shown in the "SEN report checks" panel
	 * and in the settings of each marked block, so stepping goes on once a block is selected.
	 */
	function IssueSteps() {
		var state = useSelect( function ( select ) {
			var all = located( select( STORE ).getFindings(), select( 'core/block-editor' ).getBlocks() ).ordered;
			var selected = select( 'core/block-editor' ).getSelectedBlockClientId();
			var at = -1;
			for ( var i = 0; i < all.length; i++ ) {
				if ( all[ i ].clientId === selected ) {
					at = i;
					break;
				}
			}
			return { count: all.length, at: at, message: at === -1 ? '' : all[ at ].finding.message };
		}, [] );
		if ( ! state.count ) {
			return null;
		}
		return el(
			'div',
			{ className: 'senreport-steps' },
			el( wp.components.Button, { variant: 'secondary', onClick: function () { step( -1 ); } }, __( 'Previous issue', 'senreport-bridge' ) ),
			' ',
			el( wp.components.Button, { variant: 'secondary', onClick: function () { step( 1 ); } }, __( 'Next issue', 'senreport-bridge' ) ),
			el(
				'p',
				{ className: 'senreport-steps__where', role: 'status' },
				state.at === -1
					? sprintf(
							/* translators: %d: number of problems marked on blocks. */
							_n( '%d problem is marked on the page.', '%d problems are marked on the page.', state.count, 'senreport-bridge' ),
							state.count
					  )
					: sprintf(
							/* translators: 1: position, 2: number of problems marked on blocks. */
							__( 'Problem %1$d of %2$d', 'senreport-bridge' ),
							state.at + 1,
							state.count
					  )
			)
		);
	}

	function worst( findings ) {
		var severity = 'info';
		findings.forEach( function ( finding ) {
			if ( ( RANK[ finding.severity ] || 2 ) < RANK[ severity ] ) {
				severity = finding.severity;
			}
		} );
		return severity;
	}

	/** "⚠ Should fix: 2 problems" */
	function markText( severity, count ) {
		return (
			SEVERITY_ICONS[ severity ] +
			' ' +
			sprintf(
				/* translators: 1: "Must fix" or "Should fix", 2: number of problems. */
				_n( '%1$s: %2$d problem', '%1$s: %2$d problems', count, 'senreport-bridge' ),
				SEVERITY_LABELS[ severity ],
				count
			)
		);
	}

	/** Findings of a section's item (not placed on a block of their own). */
	function itemFindings( record, itemId ) {
		return checks.findingsOf( record ).filter( function ( finding ) {
			return finding.item === itemId && ! finding.acknowledged && ! pathOf( finding );
		} );
	}

	function useBlockFindings( props ) {
		return useSelect(
			function ( select ) {
				var own = select( STORE );
				var record = own ? own.getFindings() : null;
				if ( ! record ) {
					return null;
				}
				var mine = located( record, select( 'core/block-editor' ).getBlocks() ).byClient[ props.clientId ] || [];
				if ( props.name === 'senreport/section' && props.attributes && props.attributes.item ) {
					mine = mine.concat( itemFindings( record, props.attributes.item ) );
				}
				return mine.length ? mine : null;
			},
			[ props.clientId, props.name, props.attributes && props.attributes.item ]
		);
	}

	var withMark = wp.compose.createHigherOrderComponent( function ( BlockListBlock ) {
		return function ( props ) {
			var findings = useBlockFindings( props );
			if ( ! findings ) {
				return el( BlockListBlock, props );
			}
			var severity = worst( findings );
			var className = [ props.className, 'senreport-has-findings', 'senreport-has-' + severity ].filter( Boolean ).join( ' ' );
			var wrapperProps = Object.assign( {}, props.wrapperProps, {
				'data-senreport-mark': markText( severity, findings.length ),
			} );
			return el( BlockListBlock, Object.assign( {}, props, { className: className, wrapperProps: wrapperProps } ) );
		};
	}, 'withSenreportFindingsMark' );
	wp.hooks.addFilter( 'editor.BlockListBlock', 'senreport-bridge/findings-mark', withMark );

	var withInspector = wp.compose.createHigherOrderComponent( function ( BlockEdit ) {
		return function ( props ) {
			var findings = useBlockFindings( props );
			if ( ! findings || ! props.isSelected ) {
				return el( BlockEdit, props );
			}
			return el(
				Fragment,
				null,
				el( BlockEdit, props ),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'SEN report checks', 'senreport-bridge' ), className: 'senreport-block-findings', initialOpen: true },
						el(
							'ul',
							{ className: 'senreport-findings' },
							findings.map( function ( finding, index ) {
								return el(
									'li',
									{ key: finding.fingerprint || index, className: 'senreport-finding senreport-finding--' + finding.severity },
									el( 'span', { className: 'senreport-finding__severity' }, SEVERITY_ICONS[ finding.severity ] + ' ' + SEVERITY_LABELS[ finding.severity ] ),
									' ',
									finding.message
								);
							} )
						),
						el( IssueSteps )
					)
				)
			);
		};
	}, 'withSenreportBlockFindings' );
	wp.hooks.addFilter( 'editor.BlockEdit', 'senreport-bridge/block-findings', withInspector );

	// ---------------------------------------------------------------------------------------
	// "Decorative image" on the image block: empty alt text on purpose (the AX119 check
	// questions an image block with empty alt text until it is described or marked so).
	// ---------------------------------------------------------------------------------------

	var DECORATIVE = 'senreport-decorative';

	function classes( attributes ) {
		return ( attributes.className || '' ).split( /\s+/ ).filter( Boolean );
	}

	var withDecorativeToggle = wp.compose.createHigherOrderComponent( function ( BlockEdit ) {
		return function ( props ) {
			if ( props.name !== 'core/image' || ! props.isSelected ) {
				return el( BlockEdit, props );
			}
			var current = classes( props.attributes );
			var on = current.indexOf( DECORATIVE ) !== -1;
			return el(
				Fragment,
				null,
				el( BlockEdit, props ),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Accessibility', 'senreport-bridge' ), className: 'senreport-decorative-panel' },
						el( wp.components.ToggleControl, {
							label: __( 'Decorative image', 'senreport-bridge' ),
							help: on
								? __( 'Screen readers skip this image.', 'senreport-bridge' )
								: __( 'Switch on only if the image adds nothing a parent needs to know; otherwise describe it in "Alternative text".', 'senreport-bridge' ),
							checked: on,
							__nextHasNoMarginBottom: true,
							onChange: function ( value ) {
								var next = current.filter( function ( name ) {
									return name !== DECORATIVE;
								} );
								if ( value ) {
									next.push( DECORATIVE );
								}
								var change = { className: next.length ? next.join( ' ' ) : undefined };
								if ( value ) {
									change.alt = '';
								}
								props.setAttributes( change );
							},
						} )
					)
				)
			);
		};
	}, 'withSenreportDecorativeToggle' );
	wp.hooks.addFilter( 'editor.BlockEdit', 'senreport-bridge/decorative-image', withDecorativeToggle );

	bridge.blockFindings = {
		blockAt: blockAt,
		clientIdOf: clientIdOf,
		located: located,
		currentLocated: currentLocated,
		showBlock: showBlock,
		step: step,
		markText: markText,
		IssueSteps: IssueSteps,
	};
	window.senreportBridge = bridge;
} )( window.wp, window.senreportBridge );
