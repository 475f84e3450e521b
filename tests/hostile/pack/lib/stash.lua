-- A module a hostile rule tries to smuggle its ctx through. Every rule
-- instance gets its own copy of every module, so nothing survives a call.
return {}
