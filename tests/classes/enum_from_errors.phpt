--TEST--
from() with an unknown value and wrong types
--FILE--
<?php
enum Level: int { case Low = 1; }
enum Code: string { case A = 'a'; }
try { Level::from(7); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Code::from('zz'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { Level::from('abc'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Level::tryFrom('abc'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(Code::tryFrom('b'));
Level::from(2);
--EXPECTF--
ValueError: 7 is not a valid backing value for enum Level
"zz" is not a valid backing value for enum Code
TypeError: Level::from(): Argument #1 ($value) must be of type int, string given
Level::tryFrom(): Argument #1 ($value) must be of type int, string given
NULL

Fatal error: Uncaught ValueError: 2 is not a valid backing value for enum Level in %s:9
Stack trace:
#0 %s(9): Level::from(2)
#1 {main}
  thrown in %s on line 9
