--TEST--
debug_backtrace/debug_print_backtrace: options, limit, frames as exception traces; func_get_arg; php_sapi_name
--FILE--
<?php
class A {
  function m($x) { return debug_backtrace(); }
  static function s($x) { debug_print_backtrace(); return debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 1); }
  function p() { return debug_backtrace(0); }
}
function f($a, ...$rest) { $o = new A; return [$o->m($a), A::s("str"), $o->p(), array_map(fn($v) => debug_backtrace(), [1])]; }
var_dump(f(1, 2, 3));
var_dump(debug_backtrace());
debug_print_backtrace();
function g() { debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS); debug_print_backtrace(0, 1); }
g(1, "a", [1]);
function h() { return func_get_arg(1); }
var_dump(h(1, 2, 3));
try { h(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function h2() { return func_get_arg(-1); }
try { h2(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { func_get_arg(0); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(php_sapi_name());
--EXPECTF--
#0 %sdebug_backtrace_basic.php(7): A::s('str')
#1 %sdebug_backtrace_basic.php(8): f(1, 2, 3)
array(4) {
  [0]=>
  array(2) {
    [0]=>
    array(7) {
      ["file"]=>
      string(%d) "%sdebug_backtrace_basic.php"
      ["line"]=>
      int(7)
      ["function"]=>
      string(1) "m"
      ["class"]=>
      string(1) "A"
      ["object"]=>
      object(A)#1 (0) {
      }
      ["type"]=>
      string(2) "->"
      ["args"]=>
      array(1) {
        [0]=>
        int(1)
      }
    }
    [1]=>
    array(4) {
      ["file"]=>
      string(%d) "%sdebug_backtrace_basic.php"
      ["line"]=>
      int(8)
      ["function"]=>
      string(1) "f"
      ["args"]=>
      array(3) {
        [0]=>
        int(1)
        [1]=>
        int(2)
        [2]=>
        int(3)
      }
    }
  }
  [1]=>
  array(1) {
    [0]=>
    array(5) {
      ["file"]=>
      string(%d) "%sdebug_backtrace_basic.php"
      ["line"]=>
      int(7)
      ["function"]=>
      string(1) "s"
      ["class"]=>
      string(1) "A"
      ["type"]=>
      string(2) "::"
    }
  }
  [2]=>
  array(2) {
    [0]=>
    array(6) {
      ["file"]=>
      string(%d) "%sdebug_backtrace_basic.php"
      ["line"]=>
      int(7)
      ["function"]=>
      string(1) "p"
      ["class"]=>
      string(1) "A"
      ["type"]=>
      string(2) "->"
      ["args"]=>
      array(0) {
      }
    }
    [1]=>
    array(4) {
      ["file"]=>
      string(%d) "%sdebug_backtrace_basic.php"
      ["line"]=>
      int(8)
      ["function"]=>
      string(1) "f"
      ["args"]=>
      array(3) {
        [0]=>
        int(1)
        [1]=>
        int(2)
        [2]=>
        int(3)
      }
    }
  }
  [3]=>
  array(1) {
    [0]=>
    array(3) {
      [0]=>
      array(2) {
        ["function"]=>
        string(9) "{closure}"
        ["args"]=>
        array(1) {
          [0]=>
          int(1)
        }
      }
      [1]=>
      array(4) {
        ["file"]=>
        string(%d) "%sdebug_backtrace_basic.php"
        ["line"]=>
        int(7)
        ["function"]=>
        string(9) "array_map"
        ["args"]=>
        array(2) {
          [0]=>
          object(Closure)#2 (1) {
            ["parameter"]=>
            array(1) {
              ["$v"]=>
              string(10) "<required>"
            }
          }
          [1]=>
          array(1) {
            [0]=>
            int(1)
          }
        }
      }
      [2]=>
      array(4) {
        ["file"]=>
        string(%d) "%sdebug_backtrace_basic.php"
        ["line"]=>
        int(8)
        ["function"]=>
        string(1) "f"
        ["args"]=>
        array(3) {
          [0]=>
          int(1)
          [1]=>
          int(2)
          [2]=>
          int(3)
        }
      }
    }
  }
}
array(0) {
}
#0 %sdebug_backtrace_basic.php(12): g()
#0 %sdebug_backtrace_basic.php(12): g(1, 'a', Array)
int(2)
ValueError: func_get_arg(): Argument #1 ($position) must be less than the number of the arguments passed to the currently executed function
ValueError: func_get_arg(): Argument #1 ($position) must be greater than or equal to 0
Error: func_get_arg() cannot be called from the global scope
string(3) "cli"
