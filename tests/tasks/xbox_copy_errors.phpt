--TEST--
xbox: values that cannot be copied (closures, generators, resources, internal objects, recursive arrays) and failures in the handler
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
function gen() { yield 1; }
class Box { public $items = []; }
class MyList extends ArrayObject {}
function xbox_process_message($m) {
    if ($m === 'closure') return ['ok' => 1, 'f' => fn() => 1];
    if ($m === 'throw') throw new LogicException("bad message");
    if ($m === 'undef') return undefined_function();
    if ($m === 'exit') exit(3);
    return $m;
}
$cases = [
    ['cb' => function () {}],
    [1, 2, [3, gen()]],
    ['obj' => new ArrayObject([1])],
    ['mine' => new MyList([1])],
    ['t' => xbox_task_start(1)],
];
$b = new Box; $b->items['x'] = function () {}; $cases[] = ['box' => $b];
$o = new stdClass; $o->{'5'} = new ArrayIterator([]); $cases[] = $o;
$x = [1]; $x[] = &$x; $cases[] = $x;
foreach ($cases as $m) {
    try {
        xbox_task_start($m);
        echo "started\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
foreach (['closure', 'throw', 'undef', 'exit'] as $m) {
    $code = xbox_task_result(xbox_task_start($m), 0, $r);
    var_dump($code, $r);
}
--EXPECTF--
Error: Cannot copy Closure at $message['cb'] to another thread
Error: Cannot copy Generator at $message[2][1] to another thread
Error: Cannot copy object of internal class ArrayObject at $message['obj'] to another thread
Error: Cannot copy object of class MyList (extends internal class ArrayObject) at $message['mine'] to another thread
Error: Cannot copy resource of type (XboxTask) at $message['t'] to another thread
Error: Cannot copy Closure at $message['box']->items['x'] to another thread
Error: Cannot copy object of internal class ArrayIterator at $message->{'5'} to another thread
Error: Cannot copy a recursive array at $message[1] to another thread
int(500)
string(50) "Cannot copy Closure at $ret['f'] to another thread"
int(500)
string(%d) "Uncaught LogicException: bad message in %sxbox_copy_errors.php:7"
int(500)
string(%d) "Uncaught Error: Call to undefined function undefined_function() in %sxbox_copy_errors.php:8"
int(200)
NULL
