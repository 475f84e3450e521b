-- A module the pack has; config.yaml names another one.
return {}
