--TEST--
A bare 'return;' in an included file makes include evaluate to NULL
--FILE--
<?php
var_dump(include __DIR__ . '/include_return_void.inc');
--EXPECT--
in
NULL
