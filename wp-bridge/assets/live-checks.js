/**
 * Checks while writing: about a second after the blocks stop changing, the content on screen
 * is checked through the plugin's REST route (which signs it on to the service's
 * /v1/validate), and the findings shown, in the panel and on the blocks, become those of what
 * is on screen, marked "live". The save's check stays the record (post meta). Nothing is sent
 * while the service is known to be down: the result shown then says so, until a save finds
 * it back.
 */
( function ( wp, bridge ) {
	'use strict';

	var data = wp.data;
	var apiFetch = wp.apiFetch;
	var STORE = bridge.checks.STORE;
	var LIVE_DELAY = 1000;
	var timer = null;
	var serial = 0;
	var lastBlocks = null;

	function checkWhileWriting() {
		var editor = data.select( 'core/editor' );
		var current = data.select( STORE ).getFindings();
		// Only what the editor changed: the blocks also change while the editor loads.
		if ( ! editor.isEditedPostDirty() || ( current && current.unavailable ) || editor.isSavingPost() || editor.getCurrentPostType() !== 'page' ) {
			return;
		}
		if ( ! data.select( 'core/block-editor' ).getGlobalBlockCount( 'senreport/report' ) ) {
			return;
		}
		var mine = ++serial;
		apiFetch( {
			path: '/senreport-bridge/v1/check',
			method: 'POST',
			data: { post_id: editor.getCurrentPostId(), content: editor.getEditedPostContent() },
		} )
			.then( function ( record ) {
				// A newer check, or a save, came since: this answer is out of date.
				if ( mine !== serial || ! record || record.unavailable || ! Array.isArray( record.findings ) ) {
					return;
				}
				record.live = true;
				data.dispatch( STORE ).setFindings( record );
			} )
			.catch( function () {} );
	}

	data.subscribe( function () {
		var editor = data.select( 'core/editor' );
		if ( ! editor || ! editor.getCurrentPostId() ) {
			return;
		}
		if ( editor.isSavingPost() ) {
			serial++; // the save's own check replaces whatever is on its way
			window.clearTimeout( timer );
			return;
		}
		var blocks = data.select( 'core/block-editor' ).getBlocks();
		// The post is marked changed a moment after its blocks: that is checked when the time
		// comes, not here.
		if ( lastBlocks && blocks !== lastBlocks ) {
			window.clearTimeout( timer );
			timer = window.setTimeout( checkWhileWriting, LIVE_DELAY );
		}
		lastBlocks = blocks;
	} );
} )( window.wp, window.senreportBridge );
