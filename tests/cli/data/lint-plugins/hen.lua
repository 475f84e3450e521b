return { id = "hen", kind = "indicator", title = "needs the egg",
         requires = { "derived.egg.laid" }, derive = function(p, ctx) return { hatched = true } end }
