return { id = "egg", kind = "indicator", title = "needs the hen",
         requires = { "derived.hen.hatched" }, derive = function(p, ctx) return { laid = true } end }
