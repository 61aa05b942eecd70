/*
 * Europe Commitments Map: automatic height for embedded maps.
 * Add once to a page that embeds the map in an <iframe data-commitments-map>:
 *   <script src="https://YOUR-MAP-HOST/embed.js" async></script>
 * Only iframes that opted in with the `data-commitments-map` attribute (the embed builder writes
 * it when "Adjust the height" is ticked) are resized; any other iframe, including one of this
 * map given a fixed height, is left as its page made it.
 * Each embed posts { type: "commitments-map:resize", version: 1, height } to this page; the
 * message is accepted only from the iframe it claims to come from: event.source must be that
 * iframe's window and event.origin its own origin. Every other message is ignored.
 */
(function () {
	'use strict';
	if (window.__commitmentsMapEmbed) return;
	window.__commitmentsMapEmbed = true;
	var MAX_HEIGHT = 10000;

	function originOf(src) {
		try {
			return new URL(src, document.baseURI).origin;
		} catch {
			return null;
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'commitments-map:resize') return;
		if (data.version !== 1 || typeof data.height !== 'number' || !isFinite(data.height)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			if (!frame.hasAttribute('data-commitments-map')) return;
			if (originOf(frame.src) !== event.origin) return;
			var height = Math.max(0, Math.min(MAX_HEIGHT, Math.round(data.height)));
			frame.style.height = height + 'px';
			return;
		}
	});
})();
