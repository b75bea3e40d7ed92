--TEST--
xbox: deep copy of nested arrays and objects both ways (identity, cycles, visibility, references, enums, exceptions)
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
class Node {
    public $val;
    public $next;
    private $secret = 's';
    protected $prot = [1];
    public ?int $typed = null;
    public readonly int $ro;
    function __construct($v) { $this->val = $v; $this->ro = 7; }
}
class MyEx extends RuntimeException {}
function xbox_process_message($m) {
    // the copy arrives with its identities: prove it on this side too
    $m['checks'] = [$m['a']->next->next === $m['a'], $m['s1'] === $m['s2'], $m['suit'] === Suit::Spades];
    return $m;
}
$a = new Node(1); $b = new Node(2); $a->next = $b; $b->next = $a;   // a cycle
$shared = new stdClass; $shared->x = 1; $shared->{'0'} = 'zero';
$x = 5;
$arr = ['r' => &$x, 'list' => [1, [2, [3]]], 7 => 'seven', 'f' => 1.5, 'n' => null, 't' => true, -3 => false, '' => 'empty key'];
$msg = ['a' => $a, 's1' => $shared, 's2' => $shared, 'arr' => $arr, 'suit' => Suit::Spades,
        'ex' => new MyEx("boom", 3), 'big' => str_repeat('x', 100000), 'e' => []];
$code = xbox_task_result(xbox_task_start($msg), 0, $r);
var_dump($code, $r['checks']);
var_dump($r['a']->next->next === $r['a'], $r['s1'] === $r['s2'], $r['suit'] === Suit::Spades);
var_dump($r['a'] !== $a, $r['a']->next !== $b);
print_r($r['a']);
echo "\n";
var_dump($r['arr'], $r['s1']);
var_dump(get_class($r['ex']), $r['ex']->getMessage(), $r['ex']->getCode(), $r['ex']->getLine());
var_dump(strlen($r['big']), $r['e']);
// references arrive as plain values
$r['arr']['r'] = 99;
var_dump($x);
$r['e'][] = 1;
var_dump($r['e']);
--EXPECTF--
int(200)
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
  [2]=>
  bool(true)
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Node Object
(
    [val] => 1
    [next] => Node Object
        (
            [val] => 2
            [next] => Node Object
 *RECURSION*
            [secret:Node:private] => s
            [prot:protected] => Array
                (
                    [0] => 1
                )

            [typed] => 
            [ro] => 7
        )

    [secret:Node:private] => s
    [prot:protected] => Array
        (
            [0] => 1
        )

    [typed] => 
    [ro] => 7
)

array(8) {
  ["r"]=>
  int(5)
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(2) {
      [0]=>
      int(2)
      [1]=>
      array(1) {
        [0]=>
        int(3)
      }
    }
  }
  [7]=>
  string(5) "seven"
  ["f"]=>
  float(1.5)
  ["n"]=>
  NULL
  ["t"]=>
  bool(true)
  [-3]=>
  bool(false)
  [""]=>
  string(9) "empty key"
}
object(stdClass)#%d (2) {
  ["x"]=>
  int(1)
  ["0"]=>
  string(4) "zero"
}
string(4) "MyEx"
string(4) "boom"
int(3)
int(23)
int(100000)
array(0) {
}
int(5)
array(1) {
  [0]=>
  int(1)
}
