import QtQuick

// A wheel turned over a scroll area inside a page that scrolls too (the visit page in a short
// window): down moves the page first, until what is above the area is out of the way, then the
// area; up moves the area back to its top first, then the page. Qt 6.4's Flickable keeps every
// wheel step it gets, also at its ends, so without this the page could not be turned from over
// the area, which fills most of a short window. A finger already works so: a drag past an area's
// top end moves the page. Only while the page scrolls; otherwise the area scrolls by itself.
WheelHandler {
    id: handler

    // The area the handler is in, and the page around it (none: the area scrolls by itself).
    required property Flickable area
    property Flickable page: null

    function scrollBy(dy: real) {
        let rest = dy;
        const first = dy > 0 ? handler.page : handler.area;
        const then = dy > 0 ? handler.area : handler.page;
        for (const f of [first, then]) {
            const top = f.originY - f.topMargin;
            const bottom = Math.max(top, f.originY + f.contentHeight + f.bottomMargin - f.height);
            const to = Math.min(Math.max(f.contentY + rest, top), bottom);
            rest -= to - f.contentY;
            f.contentY = to;
        }
    }

    enabled: page !== null && page.interactive
    target: null
    onWheel: event => {
        // A touchpad says how far in pixels; a wheel in notches of 120, a touch target's height each.
        handler.scrollBy(event.pixelDelta.y !== 0 ? -event.pixelDelta.y : -event.angleDelta.y / 120 * Theme.touchTarget);
    }
}
