--TEST--
ob_start flags: buffers that may not be cleaned, flushed or removed
--FILE--
<?php
ob_start(null, 0, 0);
echo "N";
var_dump(ob_clean(), ob_flush(), ob_end_clean(), ob_end_flush());
$x = ob_get_clean();
$y = ob_get_flush();
ob_start(null, 0, PHP_OUTPUT_HANDLER_REMOVABLE);
echo "R";
$z = ob_get_clean();
var_dump($z, ob_get_level());
--EXPECTF--
N
Notice: ob_clean(): Failed to delete buffer of default output handler (0) in %s on line 4

Notice: ob_flush(): Failed to flush buffer of default output handler (0) in %s on line 4

Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 4

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 4
bool(false)
bool(false)
bool(false)
bool(false)

Notice: ob_get_clean(): Failed to discard buffer of default output handler (0) in %s on line 5

Notice: ob_get_clean(): Failed to delete buffer of default output handler (0) in %s on line 5

Notice: ob_get_flush(): Failed to send buffer of default output handler (0) in %s on line 6

Notice: ob_get_flush(): Failed to delete buffer of default output handler (0) in %s on line 6
string(1) "R"
int(1)
