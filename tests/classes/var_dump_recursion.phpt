--TEST--
recursive object graphs print *RECURSION*
--FILE--
<?php
class Link { public $next; public $name; }
$a = new Link; $a->name = 'a';
$b = new Link; $b->name = 'b';
$a->next = $b;
$b->next = $a;
var_dump($a);
print_r($a);
echo "\n";
$self = new stdClass;
$self->me = $self;
$self->arr = [$self];
var_dump($self);
print_r($self);
echo "\n";
--EXPECT--
object(Link)#1 (2) {
  ["next"]=>
  object(Link)#2 (2) {
    ["next"]=>
    *RECURSION*
    ["name"]=>
    string(1) "b"
  }
  ["name"]=>
  string(1) "a"
}
Link Object
(
    [next] => Link Object
        (
            [next] => Link Object
 *RECURSION*
            [name] => b
        )

    [name] => a
)

object(stdClass)#3 (2) {
  ["me"]=>
  *RECURSION*
  ["arr"]=>
  array(1) {
    [0]=>
    *RECURSION*
  }
}
stdClass Object
(
    [me] => stdClass Object
 *RECURSION*
    [arr] => Array
        (
            [0] => stdClass Object
 *RECURSION*
        )

)
