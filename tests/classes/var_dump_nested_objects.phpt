--TEST--
var_dump of nested objects and arrays with object ids
--FILE--
<?php
class Node {
    public $children = [];
    public function __construct(public string $name) {}
}
$root = new Node("root");
$a = new Node("a");
$b = new Node("b");
$root->children[] = $a;
$root->children[] = $b;
$a->children['x'] = $b;
var_dump($root);
--EXPECT--
object(Node)#1 (2) {
  ["children"]=>
  array(2) {
    [0]=>
    object(Node)#2 (2) {
      ["children"]=>
      array(1) {
        ["x"]=>
        object(Node)#3 (2) {
          ["children"]=>
          array(0) {
          }
          ["name"]=>
          string(1) "b"
        }
      }
      ["name"]=>
      string(1) "a"
    }
    [1]=>
    object(Node)#3 (2) {
      ["children"]=>
      array(0) {
      }
      ["name"]=>
      string(1) "b"
    }
  }
  ["name"]=>
  string(4) "root"
}
