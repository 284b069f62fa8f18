/**
 * senreport checks in the block editor, the data side: reading check results, the
 * "senreport/bridge" store, the watcher that fetches the stored result after each save and
 * shows the notice, and the live check before publishing (with the required-mode lock).
 * Exposed as window.senreportBridge.checks for editor.js, which draws the panels.
 *
 * After each save (not autosaves) the page's stored result is fetched fresh over REST: the
 * editor's own copy of the meta may be stale. The notice has a fixed id, so a new save
 * replaces it instead of stacking.
 */
( function ( wp, bridge ) {
	'use strict';

	var __ = wp.i18n.__;
	var _n = wp.i18n._n;
	var sprintf = wp.i18n.sprintf;
	var data = wp.data;
	var apiFetch = wp.apiFetch;

	bridge = bridge || {};
	var helpers = bridge.helpers || {};
	var byId = helpers.byId || {};
	var STORE = 'senreport/bridge';
	var NOTICE_ID = 'senreport-findings';
	var REQUIRED_NOTICE_ID = 'senreport-required';
	var LOCK = 'senreport-required';
	var PANEL = 'senreport-bridge/senreport-checks';
	// More missing items than this and the notice only counts them (the panel lists them).
	var MAX_LISTED = 3;

	// ---------------------------------------------------------------------------------------
	// Reading check results
	// ---------------------------------------------------------------------------------------

	function parseJson( text ) {
		if ( ! text || typeof text !== 'string' ) {
			return null;
		}
		try {
			var value = JSON.parse( text );
			return value && typeof value === 'object' ? value : null;
		} catch ( error ) {
			return null;
		}
	}

	function findingsOf( record ) {
		return record && Array.isArray( record.findings ) ? record.findings : [];
	}

	function isStatutoryError( finding ) {
		return finding.severity === 'error' && /^SR/.test( finding.code || '' );
	}

	function isAcknowledged( finding, acknowledgements ) {
		return !! finding.acknowledged || !! ( finding.fingerprint && acknowledgements && acknowledgements[ finding.fingerprint ] );
	}

	function blockingFindings( record, acknowledgements ) {
		return findingsOf( record ).filter( function ( finding ) {
			return isStatutoryError( finding ) && ! isAcknowledged( finding, acknowledgements );
		} );
	}

	function headingOf( itemId ) {
		var item = byId[ itemId ];
		return item ? item.heading : itemId;
	}

	/** Text ending as a sentence does (headings end with "?", which is enough). */
	function sentence( text ) {
		return /[.?!]$/.test( text ) ? text : text + '.';
	}

	/** "These findings are from the last check at 10:42." */
	function staleNote( record ) {
		var when = record.checked_at ? new Date( record.checked_at ) : null;
		if ( ! when || isNaN( when.getTime() ) ) {
			return __( 'The findings shown are from the last check.', 'senreport-bridge' );
		}
		var time = when.toLocaleTimeString( [], { hour: '2-digit', minute: '2-digit' } );
		var today = new Date().toDateString() === when.toDateString();
		return sprintf(
			/* translators: %s: a time (10:42) or a date and time. */
			__( 'The findings shown are from the last check at %s.', 'senreport-bridge' ),
			today ? time : when.toLocaleDateString() + ' ' + time
		);
	}

	function unavailableReason( record ) {
		if ( record.reason === 'not_configured' ) {
			return __( 'the service is not set up', 'senreport-bridge' );
		}
		if ( record.reason === 'refused' ) {
			return __( 'the service refused the request', 'senreport-bridge' );
		}
		if ( record.reason === 'busy' ) {
			return __( 'the service was too busy', 'senreport-bridge' );
		}
		return __( 'the service did not answer', 'senreport-bridge' );
	}

	/** The notice after a save: its type and text, or null when the page is not checked. */
	function noticeFor( record ) {
		if ( ! record ) {
			return null;
		}
		if ( record.unavailable ) {
			/* translators: %s: why, e.g. "the service did not answer". */
			var down = sprintf( __( 'senreport: checks are unavailable (%s); your changes were saved.', 'senreport-bridge' ), unavailableReason( record ) );
			if ( record.published_unchecked ) {
				// Required mode let a live page's changes through unchecked (house rule: the
				// service being down never blocks a save); the administrators were told.
				/* translators: %s: why, e.g. "the service did not answer". */
				down = sprintf( __( 'senreport: your changes were published without being checked (%s); the site\'s administrators have been told.', 'senreport-bridge' ), unavailableReason( record ) );
			}
			return { type: 'warning', text: record.stale ? down + ' ' + staleNote( record ) : down };
		}
		var findings = findingsOf( record ).filter( function ( finding ) {
			return ! finding.acknowledged;
		} );
		var coverage = record.coverage || {};
		var missing = [];
		var otherErrors = 0;
		findings.forEach( function ( finding ) {
			if ( ! isStatutoryError( finding ) && finding.severity !== 'error' ) {
				return;
			}
			if ( isStatutoryError( finding ) && finding.item && coverage[ finding.item ] === 'not_in_place' ) {
				if ( missing.indexOf( finding.item ) === -1 ) {
					missing.push( finding.item );
				}
			} else {
				otherErrors++;
			}
		} );
		var warnings = findings.filter( function ( finding ) {
			return finding.severity === 'warning';
		} ).length;
		var parts = [];
		if ( missing.length > MAX_LISTED ) {
			// A new, empty report: a short summary; the list is in the panel.
			parts.push(
				sprintf(
					/* translators: %d: number of items. */
					__( 'senreport: %d statutory items are still to write.', 'senreport-bridge' ),
					missing.length
				)
			);
		} else if ( missing.length ) {
			parts.push(
				sprintf(
					/* translators: 1: number of items, 2: their headings. */
					_n( 'senreport: %1$d statutory item is missing: %2$s', 'senreport: %1$d statutory items are missing: %2$s', missing.length, 'senreport-bridge' ),
					missing.length,
					sentence( missing.map( headingOf ).join( ' ' ) )
				)
			);
		}
		if ( otherErrors ) {
			parts.push(
				sprintf(
					/* translators: %d: number of problems. */
					_n( '%d problem must be fixed.', '%d problems must be fixed.', otherErrors, 'senreport-bridge' ),
					otherErrors
				)
			);
		}
		if ( parts.length ) {
			if ( ! missing.length ) {
				parts.unshift( __( 'senreport:', 'senreport-bridge' ) );
			}
			parts.push( __( 'See "SEN report checks" in the page settings.', 'senreport-bridge' ) );
			return { type: 'warning', text: parts.join( ' ' ) };
		}
		var acknowledgedErrors = findingsOf( record ).filter( function ( finding ) {
			return finding.acknowledged && finding.severity === 'error';
		} ).length;
		var text = acknowledgedErrors
			? sprintf(
					/* translators: %d: number of acknowledged statutory findings. */
					_n(
						'senreport: no statutory problem is left open (%d acknowledged).',
						'senreport: no statutory problem is left open (%d acknowledged).',
						acknowledgedErrors,
						'senreport-bridge'
					),
					acknowledgedErrors
			  )
			: __( 'senreport: every statutory item is in place.', 'senreport-bridge' );
		if ( warnings ) {
			return {
				type: 'info',
				text:
					text +
					' ' +
					sprintf(
						/* translators: %d: number of warnings. */
						_n(
							'%d thing could be better (see "SEN report checks").',
							'%d things could be better (see "SEN report checks").',
							warnings,
							'senreport-bridge'
						),
						warnings
					),
			};
		}
		return { type: 'success', text: text + ' ' + __( 'No other problems found.', 'senreport-bridge' ) };
	}

	// ---------------------------------------------------------------------------------------
	// Store: the stored result of the last save, and the live check of the pre-publish panel
	// ---------------------------------------------------------------------------------------

	var store = data.createReduxStore( STORE, {
		reducer: function ( state, action ) {
			state = state || { findings: null, live: null, checking: false };
			switch ( action.type ) {
				case 'SET_FINDINGS':
					return Object.assign( {}, state, { findings: action.record } );
				case 'SET_LIVE':
					return Object.assign( {}, state, { live: action.record, checking: false } );
				case 'SET_CHECKING':
					return Object.assign( {}, state, { checking: action.checking } );
			}
			return state;
		},
		actions: {
			setFindings: function ( record ) {
				return { type: 'SET_FINDINGS', record: record };
			},
			setLive: function ( record ) {
				return { type: 'SET_LIVE', record: record };
			},
			setChecking: function ( checking ) {
				return { type: 'SET_CHECKING', checking: checking };
			},
		},
		selectors: {
			getFindings: function ( state ) {
				return state.findings;
			},
			getLive: function ( state ) {
				return state.live;
			},
			isChecking: function ( state ) {
				return state.checking;
			},
			/** "error", "warning" or false: the worst open finding of an item. */
			getItemSeverity: function ( state, itemId ) {
				var worst = false;
				findingsOf( state.findings ).forEach( function ( finding ) {
					if ( finding.item !== itemId || finding.acknowledged ) {
						return;
					}
					if ( finding.severity === 'error' ) {
						worst = 'error';
					} else if ( finding.severity === 'warning' && worst !== 'error' ) {
						worst = 'warning';
					}
				} );
				return worst;
			},
		},
	} );
	data.register( store );

	function editorSelect() {
		return data.select( 'core/editor' );
	}

	function acknowledgementsFrom( meta ) {
		return parseJson( meta && meta.senreport_acknowledged ) || {};
	}

	// ---------------------------------------------------------------------------------------
	// After each save: fetch the stored result (the editor's copy of meta may be stale)
	// ---------------------------------------------------------------------------------------

	function refreshAfterSave() {
		var postId = editorSelect().getCurrentPostId();
		if ( ! postId ) {
			return;
		}
		apiFetch( { path: '/wp/v2/pages/' + postId + '?context=edit&_fields=id,meta' } )
			.then( function ( post ) {
				var record = parseJson( post && post.meta && post.meta.senreport_findings );
				data.dispatch( STORE ).setFindings( record );
				var notice = noticeFor( record );
				var notices = data.dispatch( 'core/notices' );
				if ( ! notice ) {
					notices.removeNotice( NOTICE_ID );
					return;
				}
				// A snackbar: drawn at the foot of the window, so it is seen wherever the
				// editor was writing, with a button to the full list.
				notices.createNotice( notice.type, notice.text, {
					id: NOTICE_ID,
					type: 'snackbar',
					isDismissible: true,
					explicitDismiss: true,
					actions: [ { label: __( 'Show the checks', 'senreport-bridge' ), onClick: openChecksPanel } ],
				} );
				if ( notice.type !== 'success' ) {
					openChecksPanel();
					showFirstProblem();
				}
			} )
			.catch( function () {
				// The page was saved; only reading its checks failed. Say nothing rather than alarm.
			} );
	}

	/** The editor store that keeps which panels are open (core/editor from 6.5, else edit-post). */
	function panelStores() {
		var editor = data.select( 'core/editor' );
		if ( editor && editor.isEditorPanelOpened ) {
			return { select: editor, dispatch: data.dispatch( 'core/editor' ) };
		}
		return { select: data.select( 'core/edit-post' ), dispatch: data.dispatch( 'core/edit-post' ) };
	}

	/** Open the settings sidebar on the page's tab, with "SEN report checks" expanded. */
	function openChecksPanel() {
		var stores = panelStores();
		if ( stores.select.isEditorPanelEnabled && ! stores.select.isEditorPanelEnabled( PANEL ) ) {
			stores.dispatch.toggleEditorPanelEnabled( PANEL );
		}
		if ( ! stores.select.isEditorPanelOpened( PANEL ) ) {
			stores.dispatch.toggleEditorPanelOpened( PANEL );
		}
		var editPost = data.dispatch( 'core/edit-post' );
		if ( editPost && editPost.openGeneralSidebar ) {
			editPost.openGeneralSidebar( 'edit-post/document' );
		}
	}

	/** Bring the panel's first problem into view (once the panel has drawn it). */
	function showFirstProblem() {
		window.setTimeout( function () {
			var first = document.querySelector( '.senreport-checks-panel .senreport-finding:not(.is-acknowledged)' );
			if ( first && first.scrollIntoView ) {
				first.scrollIntoView( { block: 'nearest' } );
			}
		}, 200 );
	}

	var loaded = false;
	var wasSaving = false;
	data.subscribe( function () {
		var editor = editorSelect();
		if ( ! editor || ! editor.getCurrentPostId() ) {
			return;
		}
		if ( ! loaded ) {
			loaded = true;
			var meta = editor.getEditedPostAttribute( 'meta' );
			data.dispatch( STORE ).setFindings( parseJson( meta && meta.senreport_findings ) );
			if ( editor.getCurrentPostType() === 'page' ) {
				openChecksPanel(); // open by default: it is what the plugin is for
			}
		}
		var saving = editor.isSavingPost() && ! editor.isAutosavingPost();
		if ( wasSaving && ! saving && editor.didPostSaveRequestSucceed() && editor.getCurrentPostType() === 'page' ) {
			refreshAfterSave();
		}
		wasSaving = saving;
	} );


	function runLiveCheck() {
		var editor = editorSelect();
		data.dispatch( STORE ).setChecking( true );
		return apiFetch( {
			path: '/senreport-bridge/v1/check',
			method: 'POST',
			data: { post_id: editor.getCurrentPostId(), content: editor.getEditedPostContent() },
		} )
			.then( function ( record ) {
				data.dispatch( STORE ).setLive( record );
				return record;
			} )
			.catch( function () {
				var record = { unavailable: true, reason: 'unreachable', message: __( 'Checks are unavailable: the senreport service did not answer.', 'senreport-bridge' ) };
				data.dispatch( STORE ).setLive( record );
				return record;
			} );
	}

	function applyLock( record ) {
		var editorActions = data.dispatch( 'core/editor' );
		var notices = data.dispatch( 'core/notices' );
		var meta = editorSelect().getEditedPostAttribute( 'meta' );
		var blocking = record && ! record.unavailable ? blockingFindings( record, acknowledgementsFrom( meta ) ) : [];
		if ( bridge.requiredMode && blocking.length ) {
			editorActions.lockPostSaving( LOCK );
			var items = [];
			blocking.forEach( function ( finding ) {
				var text = finding.item ? headingOf( finding.item ) : finding.message;
				if ( items.indexOf( text ) === -1 ) {
					items.push( text );
				}
			} );
			notices.createNotice(
				'error',
				sprintf(
					/* translators: 1: number of problems, 2: the headings of the items concerned. */
					_n(
						'senreport: this page cannot be published while %1$d statutory problem remains: %2$s Fix it, or acknowledge it with a reason under "SEN report checks".',
						'senreport: this page cannot be published while %1$d statutory problems remain: %2$s Fix them, or acknowledge them with a reason under "SEN report checks".',
						blocking.length,
						'senreport-bridge'
					),
					blocking.length,
					sentence( items.join( ' ' ) )
				),
				{ id: REQUIRED_NOTICE_ID, isDismissible: true }
			);
		} else {
			editorActions.unlockPostSaving( LOCK );
			notices.removeNotice( REQUIRED_NOTICE_ID );
		}
	}


	bridge.checks = {
		STORE: STORE,
		LOCK: LOCK,
		parseJson: parseJson,
		findingsOf: findingsOf,
		isAcknowledged: isAcknowledged,
		blockingFindings: blockingFindings,
		noticeFor: noticeFor,
		staleNote: staleNote,
		openChecksPanel: openChecksPanel,
		acknowledgementsFrom: acknowledgementsFrom,
		runLiveCheck: runLiveCheck,
		applyLock: applyLock,
	};
	window.senreportBridge = bridge;
} )( window.wp, window.senreportBridge );
