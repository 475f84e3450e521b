-- Required only inside evaluate: a fresh instance each time.
local n = 0
return { bump = function() n = n + 1; return n end }
