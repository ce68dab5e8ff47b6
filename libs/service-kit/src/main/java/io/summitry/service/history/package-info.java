/** The revision log both services keep: the seam the change stream reads and the helpers each service's log uses. */
package io.summitry.service.history;
