/**
 * senreport checks in the block editor (pages only), the panels: "SEN report checks" in the
 * document settings (findings grouped by item, a button to go to or add the section, and
 * "Acknowledge…" with a reason), the pre-publish self-evaluation table, and a mark on sections
 * with problems. The data side is checks.js.
 *
 * Works on WordPress 6.1 and 6.8: the panels come from wp.editor where it has them (6.6 on)
 * and from wp.editPost before that.
 */
( function ( wp, bridge ) {
	'use strict';

	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var useEffect = wp.element.useEffect;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var data = wp.data;
	var useSelect = data.useSelect;
	var components = wp.components;
	var Button = components.Button;
	var Spinner = components.Spinner;

	var editorPanels = wp.editor || {};
	var editPostPanels = wp.editPost || {};
	var PluginDocumentSettingPanel = editorPanels.PluginDocumentSettingPanel || editPostPanels.PluginDocumentSettingPanel;
	var PluginPrePublishPanel = editorPanels.PluginPrePublishPanel || editPostPanels.PluginPrePublishPanel;

	var catalogue = bridge.catalogue || [];
	var helpers = bridge.helpers || {};
	var byId = helpers.byId || {};
	var checks = bridge.checks;
	var STORE = checks.STORE;
	var LOCK = checks.LOCK;
	var findingsOf = checks.findingsOf;
	var isAcknowledged = checks.isAcknowledged;
	var acknowledgementsFrom = checks.acknowledgementsFrom;
	var runLiveCheck = checks.runLiveCheck;
	var applyLock = checks.applyLock;
	var blockFindings = bridge.blockFindings;
	var COVERAGE_LABELS = {
		in_place: __( 'In place', 'senreport-bridge' ),
		partly: __( 'Partly', 'senreport-bridge' ),
		not_in_place: __( 'Not in place', 'senreport-bridge' ),
	};

	// ---------------------------------------------------------------------------------------
	// Selecting and adding sections
	// ---------------------------------------------------------------------------------------

	function findBlocks( blocks, test, found ) {
		found = found || [];
		blocks.forEach( function ( block ) {
			if ( test( block ) ) {
				found.push( block );
			}
			findBlocks( block.innerBlocks || [], test, found );
		} );
		return found;
	}

	function sectionFor( itemId ) {
		return findBlocks( data.select( 'core/block-editor' ).getBlocks(), function ( block ) {
			return block.name === 'senreport/section' && block.attributes.item === itemId;
		} )[ 0 ];
	}

	function selectSection( itemId ) {
		var block = sectionFor( itemId );
		if ( block ) {
			data.dispatch( 'core/block-editor' ).selectBlock( block.clientId );
		}
	}

	/**
	 * Where a new section for an item goes among the report's blocks: before the first section
	 * of a later item (in Schedule 1 order), else after the last section, else at the end.
	 */
	function statutoryIndex( blocks, itemId ) {
		var rank = {};
		catalogue.forEach( function ( item, index ) {
			rank[ item.id ] = index;
		} );
		var mine = itemId in rank ? rank[ itemId ] : catalogue.length;
		var lastSection = -1;
		for ( var i = 0; i < blocks.length; i++ ) {
			if ( blocks[ i ].name !== 'senreport/section' ) {
				continue;
			}
			var theirs = blocks[ i ].attributes.item in rank ? rank[ blocks[ i ].attributes.item ] : catalogue.length;
			if ( theirs > mine ) {
				return i;
			}
			lastSection = i;
		}
		return lastSection === -1 ? blocks.length : lastSection + 1;
	}

	function addSection( itemId ) {
		var report = findBlocks( data.select( 'core/block-editor' ).getBlocks(), function ( block ) {
			return block.name === 'senreport/report';
		} )[ 0 ];
		if ( ! report ) {
			return;
		}
		var block = wp.blocks.createBlock( 'senreport/section', { item: itemId } );
		data.dispatch( 'core/block-editor' ).insertBlocks( block, statutoryIndex( report.innerBlocks || [], itemId ), report.clientId );
		data.dispatch( 'core/block-editor' ).selectBlock( block.clientId );
	}

	// ---------------------------------------------------------------------------------------
	// The "SEN report checks" panel (each finding's row is finding-row.js)
	// ---------------------------------------------------------------------------------------

	var FindingRow = bridge.FindingRow;

	function groupByItem( findings ) {
		var groups = {};
		var order = [];
		findings.forEach( function ( finding ) {
			var key = finding.item || '';
			if ( ! groups[ key ] ) {
				groups[ key ] = [];
				order.push( key );
			}
			groups[ key ].push( finding );
		} );
		var rank = {};
		catalogue.forEach( function ( item, index ) {
			rank[ item.id ] = index;
		} );
		order.sort( function ( a, b ) {
			var ra = a in rank ? rank[ a ] : 1000;
			var rb = b in rank ? rank[ b ] : 1000;
			return ra - rb;
		} );
		return order.map( function ( key ) {
			return { item: key, findings: groups[ key ] };
		} );
	}

	function ChecksPanel() {
		var state = useSelect( function ( select ) {
			var editor = select( 'core/editor' );
			return {
				record: select( STORE ).getFindings(),
				meta: editor.getEditedPostAttribute( 'meta' ),
				hasReport: select( 'core/block-editor' ).getGlobalBlockCount( 'senreport/report' ) > 0,
				sections: findBlocks( select( 'core/block-editor' ).getBlocks(), function ( block ) {
					return block.name === 'senreport/section';
				} ).map( function ( block ) {
					return block.attributes.item;
				} ).join( ' ' ), // a string, so the selection compares equal until it changes
				located: blockFindings.located( select( STORE ).getFindings(), select( 'core/block-editor' ).getBlocks() ).ordered.map( function ( entry ) {
					return entry.clientId;
				} ).join( ' ' ),
			};
		}, [] );
		var editPost = data.useDispatch( 'core/editor' ).editPost;
		var acknowledgements = acknowledgementsFrom( state.meta );
		var record = state.record;

		function onAcknowledge( fingerprint, reason ) {
			var next = Object.assign( {}, acknowledgements );
			if ( reason ) {
				next[ fingerprint ] = reason;
			} else {
				delete next[ fingerprint ];
			}
			editPost( { meta: { senreport_acknowledged: Object.keys( next ).length ? JSON.stringify( next ) : '' } } );
		}

		var intro = null;
		if ( bridge.requiredMode ) {
			intro = el(
				'p',
				{ className: 'senreport-required-note' },
				__( 'Required mode is on: this page cannot be published, nor a published one updated, while statutory errors remain.', 'senreport-bridge' )
			);
		}
		if ( ! record ) {
			return el(
				Fragment,
				null,
				intro,
				el(
					'p',
					null,
					state.hasReport
						? __( 'Save the page to check it against the SEND Regulations 2014.', 'senreport-bridge' )
						: __( 'Add an "SEN information report" block to check this page.', 'senreport-bridge' )
				)
			);
		}
		var findings = findingsOf( record );
		if ( record.unavailable && ! record.stale ) {
			return el( Fragment, null, intro, el( 'p', { className: 'senreport-unavailable' }, record.message ) );
		}
		if ( record.stale ) {
			intro = el(
				Fragment,
				null,
				intro,
				el(
					'p',
					{ className: 'senreport-unavailable senreport-stale' },
					record.message,
					' ',
					checks.staleNote( record )
				)
			);
		}
		var counts = { error: 0, warning: 0, info: 0 };
		findings.forEach( function ( finding ) {
			if ( finding.severity in counts && ! isAcknowledged( finding, acknowledgements ) ) {
				counts[ finding.severity ]++;
			}
		} );
		var summary = findings.length
			? sprintf(
					/* translators: 1: errors, 2: warnings, 3: suggestions (numbers). */
					__( '%1$d to fix, %2$d to improve, %3$d suggestions.', 'senreport-bridge' ),
					counts.error,
					counts.warning,
					counts.info
			  )
			: __( 'No problems found at the last save.', 'senreport-bridge' );
		if ( record.live ) {
			summary += ' ' + __( 'Checked as you write; saving records it.', 'senreport-bridge' );
		}

		return el(
			Fragment,
			null,
			intro,
			el( 'p', { className: 'senreport-summary' }, summary ),
			state.located ? el( blockFindings.IssueSteps ) : null,
			groupByItem( findings ).map( function ( group ) {
				var item = byId[ group.item ];
				var hasSection = state.sections.split( ' ' ).indexOf( group.item ) !== -1;
				var title = item && helpers.itemTitle ? helpers.itemTitle( item ) : __( 'The whole report', 'senreport-bridge' );
				var action = null;
				if ( item && hasSection ) {
					action = el(
						Button,
						{ variant: 'secondary', onClick: function () { selectSection( group.item ); } },
						__( 'Go to the section', 'senreport-bridge' )
					);
				} else if ( item && state.hasReport ) {
					action = el(
						Button,
						{ variant: 'secondary', onClick: function () { addSection( group.item ); } },
						__( 'Add a section for this item', 'senreport-bridge' )
					);
				}
				return el(
					'div',
					{ className: 'senreport-group', key: group.item || 'report' },
					el( 'h3', { className: 'senreport-group__title' }, title ),
					action,
					el(
						'ul',
						{ className: 'senreport-findings' },
						group.findings.map( function ( finding, index ) {
							return el( FindingRow, {
								key: finding.fingerprint || index,
								finding: finding,
								acknowledgements: acknowledgements,
								onAcknowledge: onAcknowledge,
							} );
						} )
					)
				);
			} ),
			Object.keys( acknowledgements ).length
				? el( 'p', { className: 'description' }, __( 'Acknowledgements are sent with the next save.', 'senreport-bridge' ) )
				: null
		);
	}

	// ---------------------------------------------------------------------------------------
	// The pre-publish panel: a check of what is about to be published, and the lock
	// ---------------------------------------------------------------------------------------

	function SelfEvaluation( props ) {
		var coverage = ( props.record && props.record.coverage ) || {};
		var rows = catalogue.filter( function ( item ) {
			return item.id !== 'other';
		} );
		return el(
			'table',
			{ className: 'senreport-self-evaluation' },
			el( 'caption', null, __( 'Self-evaluation against Schedule 1', 'senreport-bridge' ) ),
			el(
				'thead',
				null,
				el(
					'tr',
					null,
					el( 'th', { scope: 'col' }, __( 'Item', 'senreport-bridge' ) ),
					el( 'th', { scope: 'col' }, __( 'Status', 'senreport-bridge' ) )
				)
			),
			el(
				'tbody',
				null,
				rows.map( function ( item ) {
					var value = coverage[ item.id ];
					return el(
						'tr',
						{ key: item.id, className: value ? 'is-' + value : '' },
						el( 'th', { scope: 'row' }, item.label + ' ', el( 'span', { className: 'senreport-self-evaluation__heading' }, item.heading ) ),
						el( 'td', null, COVERAGE_LABELS[ value ] || __( 'Not checked', 'senreport-bridge' ) )
					);
				} )
			)
		);
	}

	function PrePublishChecks() {
		var state = useSelect( function ( select ) {
			return { live: select( STORE ).getLive(), checking: select( STORE ).isChecking() };
		}, [] );

		useEffect( function () {
			runLiveCheck().then( applyLock );
			return function () {
				data.dispatch( 'core/editor' ).unlockPostSaving( LOCK );
			};
		}, [] );

		var record = state.live;
		var body;
		if ( state.checking || ! record ) {
			body = el( 'p', null, el( Spinner ), ' ', __( 'Checking the report…', 'senreport-bridge' ) );
		} else if ( record.unavailable ) {
			body = el( 'p', { className: 'senreport-unavailable' }, record.message );
		} else {
			body = el( SelfEvaluation, { record: record } );
		}
		return el(
			Fragment,
			null,
			body,
			el(
				Button,
				{
					variant: 'secondary',
					disabled: state.checking,
					onClick: function () {
						runLiveCheck().then( applyLock );
					},
				},
				__( 'Check again', 'senreport-bridge' )
			)
		);
	}

	// ---------------------------------------------------------------------------------------
	// The plugin
	// ---------------------------------------------------------------------------------------

	function SenreportPlugin() {
		var state = useSelect( function ( select ) {
			return {
				postType: select( 'core/editor' ).getCurrentPostType(),
				hasReport: select( 'core/block-editor' ).getGlobalBlockCount( 'senreport/report' ) > 0,
			};
		}, [] );
		if ( state.postType !== 'page' ) {
			return null;
		}
		return el(
			Fragment,
			null,
			PluginDocumentSettingPanel
				? el(
						PluginDocumentSettingPanel,
						{ name: 'senreport-checks', title: __( 'SEN report checks', 'senreport-bridge' ), className: 'senreport-checks-panel' },
						el( ChecksPanel )
				  )
				: null,
			PluginPrePublishPanel && state.hasReport
				? el(
						PluginPrePublishPanel,
						{ title: __( 'SEN report self-evaluation', 'senreport-bridge' ), initialOpen: true, className: 'senreport-prepublish-panel' },
						el( PrePublishChecks )
				  )
				: null
		);
	}

	wp.plugins.registerPlugin( 'senreport-bridge', { render: SenreportPlugin, icon: 'welcome-learn-more' } );

} )( window.wp, window.senreportBridge );
