/** The UI shell: layout, navigation, language, sign-in page and the home dashboard of each party. */
package org.ciip.web;
