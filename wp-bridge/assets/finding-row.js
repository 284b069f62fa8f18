/**
 * One finding in the "SEN report checks" panel: its level and message, "Show in the page"
 * when it is placed on a block, and "Acknowledge…" with a reason. A statutory error (an SR
 * error) needs a reason of a sentence, and only a user with the override capability may
 * acknowledge it (bridge.canOverride, from PHP; the server enforces both).
 * Exposed as window.senreportBridge.FindingRow for editor.js.
 */
( function ( wp, bridge ) {
	'use strict';

	var el = wp.element.createElement;
	var useState = wp.element.useState;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var Button = wp.components.Button;
	var TextControl = wp.components.TextControl;
	var blockFindings = bridge.blockFindings;
	var SEVERITY_LABELS = {
		error: __( 'Must fix', 'senreport-bridge' ),
		warning: __( 'Should fix', 'senreport-bridge' ),
		info: __( 'Suggestion', 'senreport-bridge' ),
	};


	/** The server's test of a reason (acknowledgements.php): a sentence, not "ok". */
	function isRealReason( text ) {
		var reason = ( text || '' ).trim().replace( /\s+/g, ' ' );
		var words = reason.split( /[^A-Za-z0-9\u00C0-\u024F']+/ ).filter( Boolean );
		return reason.length >= ( bridge.minReason || 20 ) && words.length >= 4;
	}

	function FindingRow( props ) {
		var finding = props.finding;
		var reason = props.acknowledgements[ finding.fingerprint ] || ( finding.acknowledged && finding.acknowledged.reason ) || '';
		var editing = useState( false );
		var draft = useState( '' );
		var acknowledged = !! reason;
		var statutory = finding.severity === 'error' && /^SR/.test( finding.code || '' );

		var controls = null;
		if ( finding.fingerprint && editing[ 0 ] ) {
			controls = el(
				'div',
				{ className: 'senreport-ack-form' },
				el( TextControl, {
					label: __( 'Why is this fine as it is?', 'senreport-bridge' ),
					help: statutory ? __( 'A sentence a governor or inspector could read (not "ok").', 'senreport-bridge' ) : undefined,
					value: draft[ 0 ],
					onChange: draft[ 1 ],
					__nextHasNoMarginBottom: true,
					__next40pxDefaultSize: true,
				} ),
				el(
					Button,
					{
						variant: 'primary',
						disabled: statutory ? ! isRealReason( draft[ 0 ] ) : ! draft[ 0 ].trim(),
						onClick: function () {
							props.onAcknowledge( finding.fingerprint, draft[ 0 ].trim() );
							editing[ 1 ]( false );
						},
					},
					__( 'Acknowledge', 'senreport-bridge' )
				),
				' ',
				el(
					Button,
					{
						variant: 'tertiary',
						onClick: function () {
							editing[ 1 ]( false );
						},
					},
					__( 'Cancel', 'senreport-bridge' )
				)
			);
		} else if ( finding.fingerprint && acknowledged ) {
			controls = el(
				'p',
				{ className: 'senreport-ack' },
				/* translators: %s: the reason an editor gave. */
				sprintf( __( 'Acknowledged: %s', 'senreport-bridge' ), reason ),
				' ',
				el(
					Button,
					{
						variant: 'link',
						onClick: function () {
							props.onAcknowledge( finding.fingerprint, '' );
						},
					},
					__( 'Withdraw', 'senreport-bridge' )
				)
			);
		} else if ( finding.fingerprint && statutory && ! bridge.canOverride ) {
			controls = el(
				'p',
				{ className: 'senreport-ack-denied' },
				__( 'Only an administrator can acknowledge a statutory problem.', 'senreport-bridge' )
			);
		} else if ( finding.fingerprint ) {
			controls = el(
				Button,
				{
					variant: 'link',
					onClick: function () {
						draft[ 1 ]( '' );
						editing[ 1 ]( true );
					},
				},
				__( 'Acknowledge…', 'senreport-bridge' )
			);
		}

		var clientId = blockFindings.clientIdOf( finding );
		var show = clientId
			? el(
					Button,
					{
						variant: 'link',
						className: 'senreport-finding__show',
						onClick: function () {
							blockFindings.showBlock( clientId );
						},
					},
					__( 'Show in the page', 'senreport-bridge' )
			  )
			: null;

		return el(
			'li',
			{ className: 'senreport-finding senreport-finding--' + ( finding.severity || 'info' ) + ( acknowledged ? ' is-acknowledged' : '' ) },
			el(
				'span',
				{ className: 'senreport-finding__severity' },
				( SEVERITY_LABELS[ finding.severity ] || finding.severity ) + ( finding.code ? ' (' + finding.code + ')' : '' )
			),
			' ',
			el( 'span', { className: 'senreport-finding__message' }, finding.message ),
			show ? el( 'span', { className: 'senreport-finding__actions' }, show ) : null,
			controls
		);
	}

	bridge.FindingRow = FindingRow;
	window.senreportBridge = bridge;
} )( window.wp, window.senreportBridge );
