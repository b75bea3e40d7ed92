--TEST--
uncaught exception with a stack trace through methods
--FILE--
<?php
class Repo {
    public function find(int $id, string $name) {
        return $this->load([$id, $name]);
    }
    private function load(array $key) {
        throw new RuntimeException("not found");
    }
    public static function make() { return new static; }
}
function run() {
    Repo::make()->find(42, "a long string that is longer than fifteen");
}
run();
--EXPECTF--

Fatal error: Uncaught RuntimeException: not found in %s:7
Stack trace:
#0 %s(4): Repo->load(Array)
#1 %s(12): Repo->find(42, 'a long string t...')
#2 %s(14): run()
#3 {main}
  thrown in %s on line 7
