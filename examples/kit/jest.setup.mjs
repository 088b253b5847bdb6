// The one import that registers fogcount's matchers with Jest (listed in setupFilesAfterEnv).
import "fogcount/testing/jest";
