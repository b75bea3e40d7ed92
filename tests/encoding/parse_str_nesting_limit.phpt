--TEST--
parse_str() drops variables nested deeper than 64 levels
--FILE--
<?php
$q = "a";
for ($i = 0; $i < 64; $i++) $q .= "[x]";
parse_str("b=1&a=0&" . $q . "=deep&c=2", $out);
var_dump($out);
$q = "a";
for ($i = 0; $i < 63; $i++) $q .= "[]";
parse_str($q . "=ok", $out);
var_dump(count($out));
--EXPECT--
array(3) {
  ["b"]=>
  string(1) "1"
  ["a"]=>
  array(1) {
    ["x"]=>
    array(1) {
      ["x"]=>
      array(1) {
        ["x"]=>
        array(1) {
          ["x"]=>
          array(1) {
            ["x"]=>
            array(1) {
              ["x"]=>
              array(1) {
                ["x"]=>
                array(1) {
                  ["x"]=>
                  array(1) {
                    ["x"]=>
                    array(1) {
                      ["x"]=>
                      array(1) {
                        ["x"]=>
                        array(1) {
                          ["x"]=>
                          array(1) {
                            ["x"]=>
                            array(1) {
                              ["x"]=>
                              array(1) {
                                ["x"]=>
                                array(1) {
                                  ["x"]=>
                                  array(1) {
                                    ["x"]=>
                                    array(1) {
                                      ["x"]=>
                                      array(1) {
                                        ["x"]=>
                                        array(1) {
                                          ["x"]=>
                                          array(1) {
                                            ["x"]=>
                                            array(1) {
                                              ["x"]=>
                                              array(1) {
                                                ["x"]=>
                                                array(1) {
                                                  ["x"]=>
                                                  array(1) {
                                                    ["x"]=>
                                                    array(1) {
                                                      ["x"]=>
                                                      array(1) {
                                                        ["x"]=>
                                                        array(1) {
                                                          ["x"]=>
                                                          array(1) {
                                                            ["x"]=>
                                                            array(1) {
                                                              ["x"]=>
                                                              array(1) {
                                                                ["x"]=>
                                                                array(1) {
                                                                  ["x"]=>
                                                                  array(1) {
                                                                    ["x"]=>
                                                                    array(1) {
                                                                      ["x"]=>
                                                                      array(1) {
                                                                        ["x"]=>
                                                                        array(1) {
                                                                          ["x"]=>
                                                                          array(1) {
                                                                            ["x"]=>
                                                                            array(1) {
                                                                              ["x"]=>
                                                                              array(1) {
                                                                                ["x"]=>
                                                                                array(1) {
                                                                                  ["x"]=>
                                                                                  array(1) {
                                                                                    ["x"]=>
                                                                                    array(1) {
                                                                                      ["x"]=>
                                                                                      array(1) {
                                                                                        ["x"]=>
                                                                                        array(1) {
                                                                                          ["x"]=>
                                                                                          array(1) {
                                                                                            ["x"]=>
                                                                                            array(1) {
                                                                                              ["x"]=>
                                                                                              array(1) {
                                                                                                ["x"]=>
                                                                                                array(1) {
                                                                                                  ["x"]=>
                                                                                                  array(1) {
                                                                                                    ["x"]=>
                                                                                                    array(1) {
                                                                                                      ["x"]=>
                                                                                                      array(1) {
                                                                                                        ["x"]=>
                                                                                                        array(1) {
                                                                                                          ["x"]=>
                                                                                                          array(1) {
                                                                                                            ["x"]=>
                                                                                                            array(1) {
                                                                                                              ["x"]=>
                                                                                                              array(1) {
                                                                                                                ["x"]=>
                                                                                                                array(1) {
                                                                                                                  ["x"]=>
                                                                                                                  array(1) {
                                                                                                                    ["x"]=>
                                                                                                                    array(1) {
                                                                                                                      ["x"]=>
                                                                                                                      array(1) {
                                                                                                                        ["x"]=>
                                                                                                                        array(1) {
                                                                                                                          ["x"]=>
                                                                                                                          array(1) {
                                                                                                                            ["x"]=>
                                                                                                                            array(1) {
                                                                                                                              ["x"]=>
                                                                                                                              array(1) {
                                                                                                                                ["x"]=>
                                                                                                                                array(1) {
                                                                                                                                  ["x"]=>
                                                                                                                                  string(4) "deep"
                                                                                                                                }
                                                                                                                              }
                                                                                                                            }
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  ["c"]=>
  string(1) "2"
}
int(1)
