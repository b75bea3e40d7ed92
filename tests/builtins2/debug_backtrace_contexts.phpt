--TEST--
debug_backtrace in static/closure/__toString/shutdown/callback contexts
--FILE--
<?php
class P { static function s() { return static::t(); } static function t() { return array_map(fn($f) => [$f['function'], $f['class'] ?? '-', $f['type'] ?? '-', isset($f['object'])], debug_backtrace()); } }
class Q extends P {}
print_r(Q::s());
class O { function m() { $c = function() { return debug_backtrace(); }; return $c(); } function __toString(): string { debug_print_backtrace(); return "O"; } }
$r = (new O)->m(); echo count($r), " ", $r[0]['function'], " ", $r[0]['class'], " ", isset($r[0]['object']) ? 'obj' : 'noobj', "\n";
echo new O, "\n";
register_shutdown_function(function() { debug_print_backtrace(); echo "--\n"; var_dump(count(debug_backtrace())); });
function deep($n) { return $n ? deep($n - 1) : debug_backtrace(0, 2); }
var_dump(count(deep(5)), deep(2)[1]['args']);
usort($a, fn() => 0);
$arr = [3, 1]; usort($arr, function($a, $b) { debug_print_backtrace(); return $a <=> $b; });
--EXPECTF--
Array
(
    [0] => Array
        (
            [0] => t
            [1] => P
            [2] => ::
            [3] => 
        )

    [1] => Array
        (
            [0] => s
            [1] => P
            [2] => ::
            [3] => 
        )

)
2 {closure} O obj
#0 %sdebug_backtrace_contexts.php(7): O->__toString()
O
int(2)
array(1) {
  [0]=>
  int(1)
}

Fatal error: Uncaught TypeError: usort(): Argument #1 ($array) must be of type array, null given in %sdebug_backtrace_contexts.php:11
Stack trace:
#0 %sdebug_backtrace_contexts.php(11): usort(NULL, Object(Closure))
#1 {main}
  thrown in %sdebug_backtrace_contexts.php on line 11
#0 [internal function]: {closure}()
--
int(1)
